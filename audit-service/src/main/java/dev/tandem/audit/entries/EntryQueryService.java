package dev.tandem.audit.entries;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.AuditEntryRepository;
import dev.tandem.audit.log.PayloadCodec;
import dev.tandem.audit.privacy.PayloadReader;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Reads entries with their decrypted payloads. */
@ApplicationScoped
class EntryQueryService {

    private static final Logger LOG = Logger.getLogger(EntryQueryService.class);

    private final AuditEntryRepository repository;
    private final PayloadReader payloads;

    EntryQueryService(AuditEntryRepository repository, PayloadReader payloads) {
        this.repository = repository;
        this.payloads = payloads;
    }

    record EntryPage(int page, int size, long total, List<EntryResponse> items) {
    }

    @Transactional
    EntryPage search(EntryFilter filter, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Parameters parameters = new Parameters();
        add(clauses, parameters, "type", filter.type(), "type = :type");
        add(clauses, parameters, "source", filter.source(), "source = :source");
        add(clauses, parameters, "actorType", filter.actorType(), "actorType = :actorType");
        add(clauses, parameters, "correlationId", filter.correlationId(), "correlationId = :correlationId");
        add(clauses, parameters, "subject", filter.subject(), "subject = :subject");
        add(clauses, parameters, "from", filter.from(), "eventTime >= :from");
        add(clauses, parameters, "to", filter.to(), "eventTime < :to");
        String query = clauses.isEmpty() ? "" : String.join(" and ", clauses);
        var found = repository.find(query, Sort.by("seq"), parameters);
        long total = found.count();
        List<EntryResponse> items = found.page(Page.of(page, size)).list().stream().map(this::toResponse).toList();
        return new EntryPage(page, size, total, items);
    }

    @Transactional
    EntryResponse get(long seq) {
        return repository.findByIdOptional(seq).map(this::toResponse)
                .orElseThrow(() -> new NotFoundException("Entry", String.valueOf(seq)));
    }

    @Transactional
    List<EntryResponse> trace(String correlationId) {
        List<EntryResponse> entries = repository.trace(correlationId).stream().map(this::toResponse).toList();
        if (entries.isEmpty()) {
            throw new NotFoundException("Trace", correlationId);
        }
        return entries;
    }

    private EntryResponse toResponse(AuditEntry e) {
        return new EntryResponse(e.seq, e.source, e.eventId, e.type, e.subject, e.correlationId, e.actorType,
                e.actor, e.eventTime, e.recordedAt, e.payloadDigest, ProofCodec.hex(e.leafHash), e.payloadStatus,
                event(e));
    }

    private JsonNode event(AuditEntry e) {
        try {
            return payloads.plaintext(e).map(PayloadCodec::parse).orElse(null);
        } catch (IllegalStateException unreadable) {
            LOG.warnf("payload of entry %d cannot be decrypted: %s", e.seq, unreadable.getMessage());
            return null;
        }
    }

    private static void add(List<String> clauses, Parameters parameters, String name, Object value, String clause) {
        if (value != null) {
            clauses.add(clause);
            parameters.and(name, value);
        }
    }
}
