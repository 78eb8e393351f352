package dev.tandem.audit.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.audit.checkpoint.AuditCheckpoint;
import dev.tandem.audit.checkpoint.CheckpointRepository;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.audit.log.AuditEntry;
import dev.tandem.audit.log.AuditEntryRepository;
import dev.tandem.audit.log.LogTimes;
import dev.tandem.audit.privacy.PayloadReader;
import dev.tandem.platform.problem.NotFoundException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

/**
 * Writes the entries a checkpoint covers (seq 0 .. treeSize-1). JSONL: first line {@code {"checkpoint": note}},
 * then one object per entry with the leaf fields, {@code leafHash} (hex) and {@code payload}, the exact
 * canonical payload text as a JSON string (null once erased or expired) whose SHA-256 is {@code payloadDigest}.
 */
@ApplicationScoped
class ExportService {

    static final String[] COLUMNS = {"seq", "source", "eventId", "type", "subject", "correlationId", "actorType",
        "actor", "eventTime", "recordedAt", "payloadDigest", "leafHash", "payload"};

    private final AuditEntryRepository entries;
    private final CheckpointRepository checkpoints;
    private final PayloadReader payloads;
    private final JsonFactory json = new JsonFactory();

    ExportService(AuditEntryRepository entries, CheckpointRepository checkpoints, PayloadReader payloads) {
        this.entries = entries;
        this.checkpoints = checkpoints;
        this.payloads = payloads;
    }

    /** The checkpoint of exactly {@code treeSize} entries, or the latest one when it is null. */
    AuditCheckpoint checkpoint(Long treeSize) {
        return QuarkusTransaction.requiringNew().call(() -> treeSize == null
                ? checkpoints.latest().orElseThrow(() -> new NotFoundException("Checkpoint", "latest"))
                : checkpoints.ofSize(treeSize).orElseThrow(
                        () -> new NotFoundException("Checkpoint of tree size", String.valueOf(treeSize))));
    }

    void writeJsonl(AuditCheckpoint checkpoint, OutputStream out) throws IOException {
        JsonGenerator generator = json.createGenerator(out);
        generator.writeStartObject();
        generator.writeStringField("checkpoint", checkpoint.note);
        generator.writeEndObject();
        generator.writeRaw('\n');
        each(checkpoint, e -> {
            try {
                generator.writeStartObject();
                String[] values = values(e);
                generator.writeNumberField("seq", e.seq);
                for (int i = 1; i < COLUMNS.length; i++) {
                    generator.writeStringField(COLUMNS[i], values[i]);
                }
                generator.writeEndObject();
                generator.writeRaw('\n');
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
        generator.flush();
    }

    void writeCsv(AuditCheckpoint checkpoint, Writer out) throws IOException {
        out.write(String.join(",", COLUMNS));
        out.write("\r\n");
        each(checkpoint, e -> {
            try {
                String[] values = values(e);
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        out.write(',');
                    }
                    out.write(Csv.field(values[i]));
                }
                out.write("\r\n");
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        });
        out.flush();
    }

    private void each(AuditCheckpoint checkpoint, Consumer<AuditEntry> consumer) {
        QuarkusTransaction.requiringNew().timeout(3600).run(() -> entries.forEachEntry(checkpoint.treeSize, consumer));
    }

    private String[] values(AuditEntry e) {
        return new String[] {String.valueOf(e.seq), e.source, e.eventId, e.type, e.subject, e.correlationId,
            e.actorType, e.actor, LogTimes.format(e.eventTime), LogTimes.format(e.recordedAt), e.payloadDigest,
            ProofCodec.hex(e.leafHash), payload(e)};
    }

    private String payload(AuditEntry e) {
        try {
            return payloads.plaintext(e).orElse(null);
        } catch (IllegalStateException undecryptable) {
            return null;
        }
    }
}
