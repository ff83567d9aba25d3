package kz.shagym.kernel.model;

import java.util.List;

/** A signed-in member of staff: login, organisation and the roles the registry gives them. */
public record StaffProfile(String login, String organisationCode, List<Role> roles) {
}
