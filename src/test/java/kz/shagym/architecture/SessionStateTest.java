package kz.shagym.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a screen keeps in the session can be written to the database and read by another server
 * (SHAGYM_CLUSTER=on): every field of a view- or session-scoped bean, and every field of what
 * those hold, down to the JDK's types, is serializable, injected or transient. A field that is
 * not would make the session unwritable, and a clerk whose server is lost would lose the screen.
 */
class SessionStateTest {

    private static final List<Class<?>> HELD_IN_SESSION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kz.shagym").stream()
            .filter(c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)
                    || c.isAnnotatedWith(ConversationScoped.class))
            .map(JavaClass::reflect).toList();

    @Test
    void theScreensKeepOnlySerializableStateInTheSession() {
        assertFalse(HELD_IN_SESSION.isEmpty(), "the screens' beans were found");
        List<String> unserializable = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> bean : HELD_IN_SESSION) {
            check(bean, bean.getSimpleName(), seen, unserializable);
        }
        assertEquals(List.of(), unserializable);
    }

    private static void check(Class<?> type, String path, Set<Class<?>> seen, List<String> unserializable) {
        if (type.isPrimitive() || type.isEnum() || !seen.add(type)) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            unserializable.add(path + " (" + type.getName() + ")");
            return;
        }
        if (!type.getName().startsWith("kz.shagym.")) {
            return; // the JDK's serializable types are trusted as they are
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                        || field.isSynthetic() || field.getName().startsWith("_persistence_")) {
                    continue; // injected fields are the container's serializable proxies
                }
                for (Class<?> held : heldTypes(field.getGenericType())) {
                    check(held, path + "." + field.getName(), seen, unserializable);
                }
            }
        }
    }

    /** The classes a field's value is made of: a collection's or map's elements, not the interface. */
    private static List<Class<?>> heldTypes(Type type) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                return heldTypes(c.getComponentType());
            }
            return Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                    ? List.of() : List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            List<Class<?>> held = new ArrayList<>();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : p.getActualTypeArguments()) {
                    held.addAll(heldTypes(argument));
                }
                return held;
            }
            held.add(raw);
            return held;
        }
        if (type instanceof GenericArrayType a) {
            return heldTypes(a.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return heldTypes(w.getUpperBounds()[0]);
        }
        return List.of();
    }
}
