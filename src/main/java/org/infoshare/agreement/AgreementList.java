package org.infoshare.agreement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements a reader may read (as {@link Agreements#visibleTo} gives them), a page at a time, newest first,
 * narrowed by status, another party and the days they were started (ADR 0017).
 */
@Service
public class AgreementList {

    /** The statuses the list narrows to, as each agreement's summary gives it. */
    public static final List<String> STATUSES = Stream.of(AgreementStatus.values()).map(Enum::name).toList();

    private final AgreementListStore list;
    private final AgreementStore store;

    AgreementList(AgreementListStore list, AgreementStore store) {
        this.list = list;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Page<Agreement> visibleTo(Actor actor, ListFilter filter, PageRequest request) {
        Page<UUID> ids = list.visible(actor.organisationId(), filter.status(STATUSES), filter.organisation(), filter.fromMoment(),
                filter.toMomentExclusive(), request);
        List<Agreement> page = store.agreements(ids.items()).stream()
                .map(a -> AgreementAccess.visible(actor, a)).flatMap(Optional::stream).toList();
        return new Page<>(page, ids.number(), ids.size(), ids.total());
    }
}
