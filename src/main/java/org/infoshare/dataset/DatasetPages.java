package org.infoshare.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ColumnSpec;
import org.infoshare.dataset.rules.ValueType;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.FormErrors;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Datasets in the browser: what was published to your teams, your uploads and their reports, specifications. */
@Controller
@RequestMapping("/datasets")
class DatasetPages {

    private final Datasets datasets;
    private final DatasetIngest ingest;
    private final DatasetSpecifications specifications;
    private final DatasetViews views;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    DatasetPages(Datasets datasets, DatasetIngest ingest, DatasetSpecifications specifications, DatasetViews views,
                 DirectoryLookup directory, FormSubmission forms) {
        this.datasets = datasets;
        this.ingest = ingest;
        this.specifications = specifications;
        this.views = views;
        this.directory = directory;
        this.forms = forms;
    }

    private void names(Model model, List<DatasetUpload> uploads, List<UUID> alsoNamed) {
        List<UUID> named = new ArrayList<>(alsoNamed);
        uploads.forEach(u -> named.addAll(List.of(u.recipientTeamId(), u.uploadedBy())));
        model.addAttribute("names", directory.names(named));
        model.addAttribute("agreements", views.agreementTitles(uploads.stream().map(DatasetUpload::agreementId).toList()));
    }

    // --- upload ----------------------------------------------------------------------------------------

    @GetMapping("/upload")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String uploadForm(Actor actor, Model model, HttpServletRequest request) {
        DatasetForms.UploadForm form = new DatasetForms.UploadForm();
        return uploadView(actor, model, form, new BeanPropertyBindingResult(form, "form"), request);
    }

    private String uploadView(Actor actor, Model model, DatasetForms.UploadForm form, BindingResult binding, HttpServletRequest request) {
        List<DatasetSpecification> routes = specifications.sendableBy(actor);
        Map<UUID, String> titles = views.agreementTitles(routes.stream().map(DatasetSpecification::agreementId).toList());
        Map<UUID, String> names = directory.names(routes.stream().map(DatasetSpecification::recipientTeamId).toList());
        model.addAttribute("routes", routes.stream().map(spec -> new Option(spec.id().toString(),
                names.get(spec.recipientOrganisationId()) + " (" + names.get(spec.recipientTeamId()) + ") under "
                        + titles.getOrDefault(spec.agreementId(), "an agreement"))).toList());
        model.addAttribute("formats", Option.of(DatasetFormat.values(), DatasetFormat::label));
        model.addAttribute("modes", Option.of(ColumnMode.values(), ColumnMode::label));
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        model.addAttribute("csrf", csrf);
        return "datasets/upload";
    }

    /**
     * The upload form's POST, read as a stream (see {@link StreamingFormUpload}). With {@code Accept:
     * application/json} (the page's script, which shows progress) the answer is JSON; otherwise a redirect to the
     * upload's page, or the form again with its problems.
     */
    @PostMapping("/upload")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    Object upload(Actor actor, HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect)
            throws IOException {
        boolean json = Optional.ofNullable(request.getHeader("Accept")).orElse("").contains("application/json");
        DatasetForms.UploadForm form = new DatasetForms.UploadForm();
        form.setIdempotencyKey(null);
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        String contentType = (String) request.getAttribute(StreamingFormUpload.CONTENT_TYPE);
        MultipartStream body = MultipartStream.of(contentType, request.getInputStream())
                .orElseThrow(() -> InvalidRequestException.of("", "multipart", "Send the form as multipart/form-data"));
        Optional<MultipartStream.Part> part;
        List<Violation> problems = new ArrayList<>();
        while ((part = body.next()).isPresent()) {
            MultipartStream.Part field = part.get();
            if (!field.isFile()) {
                bind(form, field.name, field.text(), problems);
                continue;
            }
            if (!"file".equals(field.name)) {
                continue;
            }
            if (field.filename.isBlank()) {
                problems.add(new Violation("file", "required", "Select the file to upload"));
                break;
            }
            Optional<DatasetSpecification> route = specifications.sendableBy(actor).stream()
                    .filter(spec -> spec.id().equals(form.getSpecificationId())).findFirst();
            if (route.isEmpty()) {
                problems.add(new Violation("specificationId", "required", "Choose where the dataset goes"));
            }
            if (!problems.isEmpty()) {
                break;
            }
            try (InputStream content = field.content()) {
                DatasetIngest.Result result = ingest.upload(actor, new DatasetCommands.Upload(route.get().agreementId(),
                        route.get().recipientOrganisationId(), form.getFormat(), form.getColumnMode(), form.getIdempotencyKey()), content);
                String location = "/datasets/" + result.upload().id();
                if (json) {
                    return ResponseEntity.ok(Map.of("location", location, "status", result.upload().status().name()));
                }
                redirect.addFlashAttribute("success", result.upload().published()
                        ? "Dataset published: " + result.upload().rowCount() + " rows" : "The dataset was not published: see the report");
                return "redirect:" + location;
            } catch (InvalidRequestException e) {
                problems.addAll(e.violations().stream().map(DatasetPages::onForm).toList());
                break;
            }
        }
        if (problems.isEmpty()) {
            problems.add(new Violation("file", "required", "Select the file to upload"));
        }
        if (json) {
            return ResponseEntity.unprocessableContent().body(Map.of("errors", problems));
        }
        FormErrors.show(binding, new InvalidRequestException(problems));
        response.setStatus(422);
        form.setIdempotencyKey(UUID.randomUUID().toString());
        return uploadView(actor, model, form, binding, request);
    }

    private static Violation onForm(Violation violation) {
        return switch (violation.field()) {
            case "agreementId", "recipientOrganisationId" -> new Violation("specificationId", violation.rule(), violation.message());
            case "format", "idempotencyKey", "columnMode" -> violation;
            default -> new Violation("", violation.rule(), violation.message());
        };
    }

    private static void bind(DatasetForms.UploadForm form, String name, String value, List<Violation> problems) {
        String v = value.strip();
        try {
            switch (name) {
                case "specificationId" -> form.setSpecificationId(v.isEmpty() ? null : UUID.fromString(v));
                case "format" -> form.setFormat(v.isEmpty() ? null : DatasetFormat.valueOf(v));
                case "columnMode" -> form.setColumnMode(v.isEmpty() ? ColumnMode.REFUSE : ColumnMode.valueOf(v));
                case "idempotencyKey" -> form.setIdempotencyKey(v);
                default -> {
                    // other fields (the CSRF token travels in the query string) are ignored
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(name, "format", "Choose one of the options"));
        }
    }

    // --- one upload ------------------------------------------------------------------------------------

    @GetMapping("/{id}")
    @SignedIn
    String show(Actor actor, @PathVariable UUID id, Model model) {
        DatasetUpload upload = datasets.get(actor, id);
        model.addAttribute("upload", upload);
        model.addAttribute("isSender", actor.belongsTo(upload.senderOrganisationId()));
        model.addAttribute("isRecipient", upload.published() && actor.belongsTo(upload.recipientOrganisationId())
                && actor.isMemberOf(upload.recipientTeamId()));
        List<LedgerRecord> history = datasets.accessHistory(actor, id);
        model.addAttribute("history", history);
        names(model, List.of(upload), history.stream().map(LedgerRecord::actorId).toList());
        return "datasets/upload-result";
    }

    @GetMapping(value = "/{id}/rows.csv")
    @SignedIn(personalData = true)
    void download(Actor actor, @PathVariable UUID id, HttpServletResponse response) throws IOException {
        datasets.mayDownload(actor, id);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dataset-" + id + ".csv").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/csv;charset=UTF-8");
        datasets.download(actor, id, response.getOutputStream());
    }

    @GetMapping(value = "/{id}/report.csv")
    @SignedIn
    @ResponseBody
    ResponseEntity<String> report(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dataset-report-" + id + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(datasets.reportCsv(actor, id));
    }

    // --- specifications --------------------------------------------------------------------------------

    @GetMapping("/specifications")
    @SignedIn
    String specificationList(Actor actor, Model model) {
        List<DatasetSpecification> specs = specifications.visibleTo(actor);
        model.addAttribute("specifications", specs);
        model.addAttribute("names", directory.names(specs.stream().map(DatasetSpecification::recipientTeamId).toList()));
        model.addAttribute("agreements", views.agreementTitles(specs.stream().map(DatasetSpecification::agreementId).toList()));
        model.addAttribute("mayEdit", DatasetSpecifications.EDITORS.stream().anyMatch(actor::hasRole));
        return "datasets/specifications";
    }

    @GetMapping("/specifications/new")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    String newSpecification(Actor actor, Model model) {
        return specificationFormView(actor, model, new DatasetForms.SpecificationForm());
    }

    @PostMapping("/specifications/new")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    String createSpecification(Actor actor, @ModelAttribute("form") DatasetForms.SpecificationForm form, BindingResult binding,
                               Model model, RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            DatasetSpecification created = specifications.create(actor, form.toCommand(List.of()));
            redirect.addFlashAttribute("success", "Specification created: now add its columns");
            return "redirect:/datasets/specifications/" + created.id();
        }, () -> specificationFormView(actor, model, form));
    }

    private String specificationFormView(Actor actor, Model model, DatasetForms.SpecificationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("agreementOptions", views.agreementsFor(actor).stream()
                .map(t -> new Option(t.agreementId().toString(), t.reference() + " – " + t.title())).toList());
        model.addAttribute("organisationOptions", Option.of(views.organisationChoices(actor)));
        model.addAttribute("teamOptions", Option.of(views.allTeamChoices(actor)));
        return "datasets/specification-new";
    }

    @GetMapping("/specifications/{id}")
    @SignedIn
    String specification(Actor actor, @PathVariable UUID id, Model model) {
        DatasetSpecification spec = specifications.get(actor, id);
        return specificationView(actor, model, spec, new DatasetForms.ColumnForm(), teamForm(spec));
    }

    private static DatasetForms.TeamForm teamForm(DatasetSpecification spec) {
        DatasetForms.TeamForm form = new DatasetForms.TeamForm();
        form.setRecipientTeamId(spec.recipientTeamId());
        form.setVersion(spec.version());
        return form;
    }

    private String specificationView(Actor actor, Model model, DatasetSpecification spec, DatasetForms.ColumnForm column,
                                     DatasetForms.TeamForm team) {
        model.addAttribute("spec", spec);
        model.addAttribute("form", column);
        model.addAttribute("teamForm", team);
        model.addAttribute("names", directory.names(List.of(spec.recipientTeamId())));
        Optional<AgreementTerms> terms = views.terms(spec.agreementId());
        model.addAttribute("agreementTitle", terms.map(t -> t.reference() + " – " + t.title()).orElse("Agreement"));
        model.addAttribute("itemNames", terms.map(t -> t.dataItems().stream()
                .collect(java.util.stream.Collectors.toMap(i -> i.code(), i -> i.name(), (a, b) -> a))).orElse(Map.of()));
        model.addAttribute("itemOptions", terms.map(t -> t.dataItems().stream()
                .filter(i -> i.mayGoTo(spec.recipientOrganisationId()))
                .map(i -> new Option(i.code(), i.name() + " (" + i.category().label() + ")")).toList()).orElse(List.of()));
        model.addAttribute("typeOptions", Option.of(ValueType.values(), ValueType::label));
        model.addAttribute("yesNo", List.of(new Option("yes", "Yes"), new Option("no", "No")));
        model.addAttribute("recipientTeamOptions", Option.of(views.teamChoices(spec.recipientOrganisationId())));
        boolean mayEdit = actor.belongsTo(spec.senderOrganisationId()) && DatasetSpecifications.EDITORS.stream().anyMatch(actor::hasRole);
        model.addAttribute("mayEdit", mayEdit);
        return "datasets/specification";
    }

    @PostMapping("/specifications/{id}/columns")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    String addColumn(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DatasetForms.ColumnForm form, BindingResult binding,
                     Model model, RedirectAttributes redirect) {
        DatasetSpecification spec = specifications.get(actor, id);
        List<DatasetCommands.Column> columns = new ArrayList<>(spec.columns().stream().map(DatasetCommands.Column::of).toList());
        columns.add(form.toCommand());
        int index = columns.size() - 1;
        try {
            specifications.update(actor, id, new DatasetCommands.UpdateSpecification(spec.recipientTeamId(), columns, spec.version()));
        } catch (InvalidRequestException e) {
            String prefix = "columns[" + index + "].";
            FormErrors.show(binding, new InvalidRequestException(e.violations().stream()
                    .map(v -> v.field().startsWith(prefix) ? new Violation(v.field().substring(prefix.length()), v.rule(), v.message())
                            : new Violation("", v.rule(), v.message()))
                    .toList()));
            return specificationView(actor, model, spec, form, teamForm(spec));
        }
        redirect.addFlashAttribute("success", "Column '" + form.getName().strip() + "' added");
        return "redirect:/datasets/specifications/" + id;
    }

    @PostMapping("/specifications/{id}/columns/{index}/remove")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    String removeColumn(Actor actor, @PathVariable UUID id, @PathVariable int index, RedirectAttributes redirect) {
        DatasetSpecification spec = specifications.get(actor, id);
        if (index < 0 || index >= spec.columns().size()) {
            throw new NotFoundException("Column");
        }
        List<DatasetCommands.Column> columns = new ArrayList<>(spec.columns().stream().map(DatasetCommands.Column::of).toList());
        ColumnSpec removed = spec.columns().get(index);
        columns.remove(index);
        specifications.update(actor, id, new DatasetCommands.UpdateSpecification(spec.recipientTeamId(), columns, spec.version()));
        redirect.addFlashAttribute("success", "Column '" + removed.name() + "' removed");
        return "redirect:/datasets/specifications/" + id;
    }

    @PostMapping("/specifications/{id}/team")
    @RolesAllowed({DATA_PROTECTION_OFFICER, MANAGER})
    String changeTeam(Actor actor, @PathVariable UUID id, @ModelAttribute("teamForm") DatasetForms.TeamForm form, BindingResult binding,
                      Model model, RedirectAttributes redirect) {
        DatasetSpecification spec = specifications.get(actor, id);
        return forms.submit(binding, () -> {
            specifications.update(actor, id, new DatasetCommands.UpdateSpecification(form.getRecipientTeamId(),
                    spec.columns().stream().map(DatasetCommands.Column::of).toList(), form.getVersion()));
            redirect.addFlashAttribute("success", "Recipient team changed");
            return "redirect:/datasets/specifications/" + id;
        }, () -> specificationView(actor, model, spec, new DatasetForms.ColumnForm(), form));
    }
}
