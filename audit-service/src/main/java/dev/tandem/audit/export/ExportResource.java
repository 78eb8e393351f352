package dev.tandem.audit.export;

import dev.tandem.audit.checkpoint.AuditCheckpoint;
import dev.tandem.audit.crypto.ProofCodec;
import dev.tandem.platform.problem.InvalidInputException;
import dev.tandem.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * Export of the entries covered by a signed checkpoint ({@code to} = its tree size, default the latest):
 * JSONL for the offline verifier, or CSV with the checkpoint in response headers.
 */
@Path("/api/audit/export")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class ExportResource {

    private final ExportService service;

    ExportResource(ExportService service) {
        this.service = service;
    }

    @GET
    public Response export(@QueryParam("format") @DefaultValue("jsonl") String format,
                           @QueryParam("to") @Min(1) Long to) {
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw new InvalidInputException("format", "must be jsonl or csv");
        }
        AuditCheckpoint checkpoint = service.checkpoint(to);
        boolean csv = format.equals("csv");
        StreamingOutput body = csv
                ? out -> service.writeCsv(checkpoint, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)))
                : out -> service.writeJsonl(checkpoint, out);
        return Response.ok(body)
                .type(csv ? "text/csv; charset=utf-8" : "application/x-ndjson")
                .header("Content-Disposition", "attachment; filename=\"audit-" + checkpoint.treeSize + "." + format + "\"")
                .header("Tandem-Checkpoint-Tree-Size", checkpoint.treeSize)
                .header("Tandem-Checkpoint-Root-Hash", ProofCodec.base64(checkpoint.rootHash))
                .build();
    }
}
