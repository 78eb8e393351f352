package dev.tandem.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP responses: always {@code application/problem+json}, never
 * a stack trace or a class name. Unexpected failures are logged with an id that the body repeats.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem problem;
        if (e instanceof NotFoundException) {
            problem = Problem.of(404, "not-found", e.title(), e.getMessage());
        } else if (e instanceof ConflictException) {
            problem = Problem.of(409, "conflict", e.title(), e.getMessage());
        } else if (e instanceof UnavailableException) {
            return Response.fromResponse(respond(Problem.of(503, "unavailable", e.title(), e.getMessage()), uri))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        } else if (e instanceof ForbiddenActionException) {
            problem = Problem.of(403, "forbidden-action", e.title(), e.getMessage());
        } else if (e instanceof InvalidInputException invalid) {
            problem = Problem.of(400, "invalid-request", e.title(), e.getMessage())
                    .withViolations(invalid.violations());
        } else {
            problem = Problem.of(400, "invalid-request", e.title(), e.getMessage());
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(400, "invalid-request", "Invalid request", detail).withViolations(violations), uri);
    }

    @ServerExceptionMapper({InvalidFormatException.class, UnrecognizedPropertyException.class,
            JsonMappingException.class})
    public Response unreadableField(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                : e instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type or format";
        Problem problem = Problem.of(400, "invalid-request", "Invalid request", field + " " + message)
                .withViolations(List.of(new Violation(field, message)));
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON."), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthenticated", "Unauthenticated",
                        "A valid bearer token is required."), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden",
                "Your roles do not allow this operation."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps a body that Jackson cannot read in a plain 400.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                return unreadableField(mapping, uri);
            }
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "The requested media type is not available.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be processed.";
        };
        return respond(Problem.of(status, slug(title), title, detail), uri);
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return respond(Problem.of(500, "internal-error", "Internal error",
                "Something went wrong on our side; quote incident " + incident + "."), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Problem withPath = uri == null ? problem : problem.withInstance(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withPath).build();
    }

    /** Drops the method and parameter nodes of a bean-validation path: {@code create.request.body} → {@code body}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, PARAMETER, CROSS_PARAMETER, RETURN_VALUE -> {
                    if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                        names.clear();
                        names.add(node.getName());
                    }
                }
                default -> {
                    // Hibernate Validator puts a container's index on the node that follows it:
                    // terminology[0].avoid arrives as (terminology) (avoid, index 0).
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (node.isInIterable() && position != null && !names.isEmpty()) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + position + "]");
                    }
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        if (names.size() > 1) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
