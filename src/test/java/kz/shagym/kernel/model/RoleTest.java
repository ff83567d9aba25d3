package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleTest {

    /** A registry's group, as a basic registry, OpenLDAP and Active Directory name it, and the role it gives. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HEAD | HEAD",
            "cn=REGISTRAR,ou=groups,dc=shagym,dc=test | REGISTRAR",
            "CN=QUALITY_OFFICER,OU=Shagym,DC=gov,DC=kz | QUALITY_OFFICER",
            "cn=admin | ADMIN",
            "' cn = EXECUTOR , ou=groups' | EXECUTOR"})
    void aGroupNamedAfterARoleGivesIt(String group, Role role) {
        assertEquals(Optional.of(role), Role.ofGroup(group));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HEADS", "cn=Domain Users,cn=Users,dc=gov,dc=kz", "ou=HEAD,dc=gov,dc=kz=x", "''"})
    void anyOtherGroupGivesNone(String group) {
        assertEquals(Optional.empty(), Role.ofGroup(group));
    }

    @Test
    void noGroupGivesNone() {
        assertEquals(Optional.empty(), Role.ofGroup(null));
    }
}
