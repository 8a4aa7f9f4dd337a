package org.infoshare.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's staff and partner systems a page at a time (ADR 0017), narrowed in SQL to the caller's own
 * organisation and by access (status), role, team and the days they were added. Their names are sealed, so the
 * matches are put in name order, and narrowed by the name or username typed, once opened, then paged, as the people
 * search is.
 */
@Service
public class StaffList {

    /** How a member's access stands, as the list narrows by it. */
    public static final Map<String, String> STATUSES = ListCodes.labels("ACTIVE", "Has access", "LEAVING", "Access ends on a set day",
            "REVOKED", "Access revoked");
    /** The roles the list narrows by. */
    private static final Map<String, String> ROLES = ListCodes.of(Role::label, Role.values());
    /** The order of the list: by name as people read it, then by id, so that no one is on two pages. */
    static final Comparator<StaffMember> BY_NAME = Comparator.comparing((StaffMember s) -> s.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(StaffMember::id);

    private final DirectoryStore store;

    StaffList(DirectoryStore store) {
        this.store = store;
    }

    /**
     * One page of the caller's organisation's staff: {@code filter}'s person is part of a name or username, its
     * status one of {@link #STATUSES}, its days those they were added; {@code role} a role's code, {@code team} one of
     * the organisation's teams (another's gives an empty list).
     */
    @Transactional(readOnly = true)
    public Page<StaffMember> staff(Actor actor, ListFilter filter, String role, UUID team, PageRequest request) {
        String status = filter.status(STATUSES.keySet());
        String roleCode = ListCodes.checked(role, ROLES, "role", "Role");
        String text = filter.person() == null ? null : filter.person().toLowerCase(Locale.ROOT);
        List<StaffMember> matching = store.staffOf(actor.organisationId(), status, roleCode, team, filter.fromMoment(), filter.toMomentExclusive())
                .stream()
                .filter(s -> text == null || s.displayName().toLowerCase(Locale.ROOT).contains(text)
                        || s.username().toLowerCase(Locale.ROOT).contains(text))
                .sorted(BY_NAME).toList();
        return Page.of(matching, request);
    }
}
