package kz.shagym.registry.model;

/** The provider's case named by an appeal cannot be appealed (yet, or on that ground): the API says 409. */
public class NothingToAppeal extends RegistryRefused {

    private static final long serialVersionUID = 1L;

    public NothingToAppeal(String messageKey) {
        super("appealOf", messageKey);
    }

    @Override
    public Answer answer() {
        return Answer.CONFLICT;
    }
}
