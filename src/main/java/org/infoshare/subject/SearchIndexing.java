package org.infoshare.subject;

import java.util.List;
import java.util.UUID;

import org.infoshare.crypto.KeyDestroyedException;
import org.infoshare.subject.rules.SearchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keys everyone recorded before the search index existed, or under an older version of its keys, when the
 * application starts: the keys are made outside the database, so a migration cannot. A batch per transaction.
 */
@Component
@Order(50)
class SearchIndexing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    private static final int BATCH = 500;

    private final SubjectStore subjects;
    private final SearchIndexStore index;
    private final TransactionTemplate transactions;

    SearchIndexing(SubjectStore subjects, SearchIndexStore index, TransactionTemplate transactions) {
        this.subjects = subjects;
        this.index = index;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int keyed = 0;
        while (true) {
            Integer done = transactions.execute(status -> {
                List<UUID> ids = index.unindexed(BATCH);
                for (UUID id : ids) {
                    try {
                        subjects.find(id).ifPresent(s ->
                                index.index(s.id(), s.organisationId(), SearchKeys.of(s.name(), s.dateOfBirth(), s.nhsNumber())));
                    } catch (KeyDestroyedException disposed) {
                        // Their details are gone with their key: nothing to find them by, and nothing to retry.
                        index.markUnfindable(id);
                    }
                }
                return ids.size();
            });
            if (done == null || done == 0) {
                break;
            }
            keyed += done;
        }
        if (keyed > 0) {
            log.info("Keyed {} people for search", keyed);
        }
    }
}
