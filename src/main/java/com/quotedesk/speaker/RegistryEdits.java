package com.quotedesk.speaker;

import com.quotedesk.account.CurrentUser;
import com.quotedesk.claim.Claim;
import com.quotedesk.claim.SetBy;
import com.quotedesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Reviewer and admin changes to the registry: aliases and merges. */
@ApplicationScoped
@Transactional
public class RegistryEdits {

    private final RegistryService registry;

    public RegistryEdits(RegistryService registry) {
        this.registry = registry;
    }

    public void addSpeakerAlias(long id, String alias) {
        Speaker s = Speaker.findLive(id).orElseThrow(() -> ProblemException.notFound("Speaker", id));
        s.addAlias(alias);
        registry.invalidate();
    }

    public void addSourceAlias(long id, String alias) {
        Source s = Source.<Source>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Source", id));
        s.addAlias(alias);
        registry.invalidate();
    }

    /**
     * Moves every claim and alias of {@code fromId} to {@code intoId}; the merged speaker's name becomes
     * an alias and its row stays (marked merged) so history still names it.
     */
    public void mergeSpeakers(long fromId, long intoId) {
        if (fromId == intoId) {
            throw ProblemException.badRequest("into", "A speaker cannot be merged into itself");
        }
        Speaker from = Speaker.findLive(fromId).orElseThrow(() -> ProblemException.notFound("Speaker", fromId));
        Speaker into = Speaker.findLive(intoId)
                .orElseThrow(() -> ProblemException.badRequest("into", "No speaker with id " + intoId));
        into.addAlias(from.name);
        from.aliases.forEach(a -> into.addAlias(a.alias));
        from.aliases.clear();
        from.mergedInto = into.id;
        List<Claim> claims = Claim.list("speaker", from);
        for (Claim c : claims) {
            c.speaker = into;
            c.speakerSetBy = SetBy.REVIEWER;
            c.reviewedBy = CurrentUser.nameOrSystem();
            c.reviewedAt = Instant.now();
        }
        registry.invalidate();
    }
}
