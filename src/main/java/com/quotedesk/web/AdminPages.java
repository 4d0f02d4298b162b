package com.quotedesk.web;

import com.quotedesk.account.User;
import com.quotedesk.account.UserRequest;
import com.quotedesk.account.UserService;
import com.quotedesk.account.UserUpdate;
import com.quotedesk.account.UserView;
import com.quotedesk.common.ProblemException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.quotedesk.web.ArticlePages.nz;
import static com.quotedesk.web.ArticlePages.sentence;

/** Accounts, for admins: create, change role, disable or enable, set a new password. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class AdminPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users, NewUser form, List<String> roles);
    }

    /** The new-account form's input and errors. */
    public record NewUser(String username, String role, Map<String, String> errors) {
        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    private final UserService users;
    private final Validator validator;

    public AdminPages(UserService users, Validator validator) {
        this.users = users;
        this.validator = validator;
    }

    @GET
    public TemplateInstance list() {
        return Templates.users(users.list(), new NewUser("", "reviewer", Map.of()), User.ROLES);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String password, @RestForm String role) {
        UserRequest request = new UserRequest(nz(username).strip(), nz(password), List.of(nz(role)));
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<UserRequest> v : validator.validate(request)) {
            String field = v.getPropertyPath().toString();
            errors.putIfAbsent(field.startsWith("roles") ? "role" : field, sentence(v.getMessage()));
        }
        if (errors.isEmpty()) {
            try {
                users.create(request);
                return Flash.ok("/admin/users", "Account “" + request.username() + "” created as " + role + ".");
            } catch (ProblemException e) {
                errors.put(e.field() == null ? "username" : e.field(), sentence(e.getMessage()));
            }
        }
        return Response.status(400).entity(Templates.users(users.list(),
                new NewUser(nz(username), nz(role), errors), User.ROLES)).build();
    }

    @POST
    @Path("{name}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response role(@PathParam("name") String name, @RestForm String role) {
        if (!User.ROLES.contains(nz(role))) {
            return Flash.error("/admin/users", "Choose viewer, reviewer or admin.");
        }
        return update(name, new UserUpdate(null, List.of(role), null), "“" + name + "” is now " + role + ".");
    }

    @POST
    @Path("{name}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enabled(@PathParam("name") String name, @RestForm boolean enabled) {
        return update(name, new UserUpdate(null, null, enabled),
                "“" + name + "” is " + (enabled ? "enabled" : "disabled: it can no longer sign in") + ".");
    }

    @POST
    @Path("{name}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response password(@PathParam("name") String name, @RestForm String password) {
        if (password == null || password.length() < UserService.MIN_PASSWORD || password.length() > 200) {
            return Flash.error("/admin/users", "A password needs 10 to 200 characters; “" + name + "” is unchanged.");
        }
        return update(name, new UserUpdate(password, null, null), "New password set for “" + name + "”.");
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return ErrorPage.of(e);
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e) {
        return ErrorPage.forbidden();
    }

    private Response update(String name, UserUpdate update, String message) {
        try {
            users.update(name, update);
            return Flash.ok("/admin/users", message);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Flash.error("/admin/users", e.getMessage());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
