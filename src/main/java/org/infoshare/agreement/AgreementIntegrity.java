package org.infoshare.agreement;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.problem.NotAsRecordedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the ledger says of an agreement's stored content, wherever the agreement is shown (ADR 0063). Every agreement
 * page that renders an agreement for a task (its page, the drafting task list, sections, parties and items, the check
 * page, signing, review, termination, the DPIA) is given the finding as {@code integrity} after its handler ran, so a
 * task page added later warns without being told to; the print page, the public pages and the files ask here
 * themselves. Files of an agreement that is not as recorded are refused ({@link #requireIntact}).
 */
@Component
class AgreementIntegrity implements WebMvcConfigurer {

    private final RecordDigests digests;

    AgreementIntegrity(RecordDigests digests) {
        this.digests = digests;
    }

    /** Empty when the agreement is stored as the ledger last recorded it. */
    Optional<RecordFinding> check(UUID agreement) {
        return digests.check(ProtectedRecords.AGREEMENT, agreement);
    }

    /** The agreements among these that are not as recorded, by id, in one query. */
    Map<UUID, RecordFinding> check(Collection<UUID> agreements) {
        return digests.check(ProtectedRecords.AGREEMENT, agreements);
    }

    /** Refuses to produce a file of an agreement that is not as recorded; the reader is sent to its page. */
    void requireIntact(Agreement agreement, String page) {
        check(agreement.id()).ifPresent(finding -> {
            throw new NotAsRecordedException(finding.kind() == RecordFinding.Kind.ADDED
                    ? NotAsRecordedException.Kind.ADDED : NotAsRecordedException.Kind.CHANGED, page);
        });
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                if (view != null && view.getViewName() != null && !view.getViewName().startsWith("redirect:")
                        && view.getModel().get("agreement") instanceof Agreement agreement && !view.getModel().containsKey("integrity")) {
                    view.addObject("integrity", check(agreement.id()).orElse(null));
                }
            }
        }).addPathPatterns("/agreements/**");
    }
}
