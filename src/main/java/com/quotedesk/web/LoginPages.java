package com.quotedesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Sign in (the form posts to Quarkus' own /j_security_check) and sign out (forget the session cookie). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPages {

    static final String SESSION_COOKIE = "quarkus-credential";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean error, boolean signedOut);

        static native TemplateInstance logout();
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login(@QueryParam("error") boolean error, @QueryParam("out") boolean signedOut) {
        return Templates.login(error, signedOut);
    }

    /** A page with the sign-out button, for someone who typed the address: signing out is a POST. */
    @GET
    @Path("logout")
    @PermitAll
    public TemplateInstance logoutPage() {
        return Templates.logout();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermitAll
    public Response logout() {
        return Response.seeOther(URI.create("/login?out=true"))
                .cookie(new NewCookie.Builder(SESSION_COOKIE).value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}
