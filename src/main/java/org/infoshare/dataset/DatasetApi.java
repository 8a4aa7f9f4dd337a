package org.infoshare.dataset;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.web.PagedResponse;
import org.infoshare.web.ProblemWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * Systematic sharing for partner systems: dataset specifications, streaming uploads (CSV or JSON lines) with
 * an idempotency key, the datasets published to your team, their downloads and reports.
 */
@RestController
@Tag(name = "Datasets")
class DatasetApi {

    private final DatasetSpecifications specifications;
    private final DatasetIngest ingest;
    private final Datasets datasets;

    DatasetApi(DatasetSpecifications specifications, DatasetIngest ingest, Datasets datasets) {
        this.specifications = specifications;
        this.ingest = ingest;
        this.datasets = datasets;
    }

    @GetMapping("/api/v1/dataset-specifications")
    @SignedIn
    @Operation(summary = "The dataset specifications your organisation sends or receives under")
    List<DatasetSpecification> specifications(Actor actor) {
        return specifications.visibleTo(actor);
    }

    @PostMapping("/api/v1/dataset-specifications")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    @Operation(summary = "Set up how your datasets under an agreement reach a recipient: columns, types, pseudonyms, team")
    ResponseEntity<DatasetSpecification> createSpecification(Actor actor,
                                                             @org.springframework.web.bind.annotation.RequestBody DatasetCommands.CreateSpecification command) {
        DatasetSpecification created = specifications.create(actor, command);
        return ResponseEntity.created(URI.create("/api/v1/dataset-specifications/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/dataset-specifications/{id}")
    @SignedIn
    @Operation(summary = "One dataset specification")
    DatasetSpecification specification(Actor actor, @PathVariable UUID id) {
        return specifications.get(actor, id);
    }

    @PutMapping("/api/v1/dataset-specifications/{id}")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    @Operation(summary = "Change a specification's columns or recipient team (send the version you read)")
    DatasetSpecification updateSpecification(Actor actor, @PathVariable UUID id,
                                             @org.springframework.web.bind.annotation.RequestBody DatasetCommands.UpdateSpecification command) {
        return specifications.update(actor, id, command);
    }

    @PostMapping(value = "/api/v1/datasets", consumes = {"text/csv", "application/csv", "application/x-ndjson", "application/jsonl"})
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    @Operation(summary = "Upload a dataset as the request body (text/csv with a header row, or application/x-ndjson), streamed",
            description = "Checked against the agreement and the dataset specification, then published whole to the recipient team, "
                    + "or refused with a report and nothing kept. Send an Idempotency-Key: the same key again returns the first "
                    + "attempt's result, and a retry after an interruption starts afresh. 201 published, 422 refused (the report "
                    + "is in the problem's 'upload' member), 409 the same key is in use.",
            requestBody = @RequestBody(description = "The file", content = {@Content(mediaType = "text/csv"),
                    @Content(mediaType = "application/x-ndjson")}))
    ResponseEntity<?> upload(Actor actor,
                             @Parameter(description = "The agreement") @RequestParam UUID agreementId,
                             @Parameter(description = "The recipient organisation") @RequestParam UUID recipientId,
                             @Parameter(description = "refuse (default) or drop columns the recipient may not receive")
                             @RequestParam(name = "columns", required = false) String columns,
                             @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                             HttpServletRequest request) throws IOException {
        DatasetFormat format = DatasetFormat.ofContentType(request.getContentType())
                .orElseThrow(() -> InvalidRequestException.of("Content-Type", "format", "Send text/csv or application/x-ndjson"));
        DatasetIngest.Result result = ingest.upload(actor, new DatasetCommands.Upload(agreementId, recipientId, format,
                columnMode(columns), idempotencyKey), request.getInputStream());
        return respond(result);
    }

    static ColumnMode columnMode(String value) {
        if (value == null || value.isBlank()) {
            return ColumnMode.REFUSE;
        }
        try {
            return ColumnMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("columns", "format", "'columns' must be refuse or drop");
        }
    }

    static ResponseEntity<?> respond(DatasetIngest.Result result) {
        DatasetUpload upload = result.upload();
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotent-Replayed", String.valueOf(result.replayed()));
        headers.setLocation(URI.create("/api/v1/datasets/" + upload.id()));
        if (upload.published()) {
            return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED).headers(headers).body(upload);
        }
        DatasetReport report = upload.report();
        List<Violation> violations = report == null ? List.of() : report.columns().stream()
                .filter(DatasetReport.ColumnOutcome::refused)
                .map(column -> new Violation(column.column() == null ? "column " + column.position() : column.column(),
                        column.outcome(), column.message()))
                .toList();
        if (violations.isEmpty() && report != null) {
            violations = report.problems().stream().limit(20)
                    .map(p -> new Violation("row " + p.row() + (p.column() == null ? "" : " " + p.column()), p.rule(), p.message()))
                    .toList();
        }
        boolean interrupted = upload.status() == UploadStatus.INTERRUPTED;
        var problem = ProblemWriter.problem(interrupted ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
                interrupted ? "upload-interrupted" : "dataset-refused",
                interrupted ? "Upload interrupted" : "Dataset refused",
                report == null ? "Nothing was published" : report.summary(), violations);
        problem.setProperty("upload", upload);
        problem.setProperty("report", "/api/v1/datasets/" + upload.id() + "/report.csv");
        return ResponseEntity.status(problem.getStatus()).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @GetMapping("/api/v1/datasets")
    @SignedIn
    @Operation(summary = "Datasets published to your teams, newest first, a page at a time",
            description = "Paged (page from 1, size up to 100, 100 when not given) and narrowed by organisation (the sender's id) and from/to "
                    + "(days published, both included). X-Total-Count gives how many match; the Link header the other pages.")
    ResponseEntity<List<DatasetUpload>> received(Actor actor, @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) UUID organisation,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                                 @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                                 HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(datasets.received(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/datasets/sent")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, Role.AUDITOR})
    @Operation(summary = "Your organisation's uploads and their outcomes, newest first, a page at a time",
            description = "Paged like the datasets received and narrowed by status (RECEIVING, PUBLISHED, REFUSED, FAILED, INTERRUPTED, "
                    + "DISPOSED), organisation (the recipient's id) and from/to (days received, both included).")
    ResponseEntity<List<DatasetUpload>> sent(Actor actor, @RequestParam(required = false) String status,
                                             @RequestParam(required = false) UUID organisation,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                                             HttpServletRequest request) {
        ListFilter filter = new ListFilter(null, status, null, organisation, from, to);
        return PagedResponse.of(datasets.sent(actor, filter, PagedResponse.request(page, size)), request);
    }

    @GetMapping("/api/v1/datasets/{id}")
    @SignedIn
    @Operation(summary = "One upload: its outcome, published columns and report")
    DatasetUpload get(Actor actor, @PathVariable UUID id) {
        return datasets.get(actor, id);
    }

    @GetMapping(value = "/api/v1/datasets/{id}/rows.csv", produces = "text/csv")
    @SignedIn(personalData = true)
    @Operation(summary = "Download a published dataset (recipient team only), with pseudonyms where the specification says")
    void download(Actor actor, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        datasets.mayDownload(actor, id);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dataset-" + id + ".csv").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/csv;charset=UTF-8");
        datasets.download(actor, id, response.getOutputStream());
    }

    @GetMapping(value = "/api/v1/datasets/{id}/report.csv", produces = "text/csv")
    @SignedIn
    @Operation(summary = "The upload's report: row, column, rule and message for each problem; never values")
    ResponseEntity<String> report(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dataset-report-" + id + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(datasets.reportCsv(actor, id));
    }

    @GetMapping("/api/v1/datasets/{id}/access")
    @SignedIn
    @Operation(summary = "Who opened and downloaded the dataset, and refused attempts")
    List<LedgerRecord> access(Actor actor, @PathVariable UUID id) {
        return datasets.accessHistory(actor, id);
    }
}
