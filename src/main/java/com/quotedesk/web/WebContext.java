package com.quotedesk.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page needs to know about the request: who is signed in, what they may do, and the flash
 * message left by the previous POST. Templates read it as {@code {inject:page.…}}.
 */
@Named("page")
@RequestScoped
public class WebContext {

    private final SecurityIdentity identity;
    private final HttpServerRequest request;
    private String[] flash;

    public WebContext(SecurityIdentity identity, HttpServerRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public boolean isSignedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String getUser() {
        return isSignedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean isReviewer() {
        return isSignedIn() && identity.hasRole("reviewer");
    }

    public boolean isAdmin() {
        return isSignedIn() && identity.hasRole("admin");
    }

    /** The current path, to mark the active navigation link. */
    public String getPath() {
        return request.path();
    }

    public String getFlash() {
        return flash()[1];
    }

    /** {@code ok} or {@code error}: decides the flash box's style and role. */
    public String getFlashKind() {
        return flash()[0];
    }

    private String[] flash() {
        if (flash == null) {
            Cookie c = request.getCookie(Flash.COOKIE);
            String value = c == null ? "" : URLDecoder.decode(c.getValue(), StandardCharsets.UTF_8);
            int colon = value.indexOf(':');
            flash = colon < 0 ? new String[]{"", ""}
                    : new String[]{value.substring(0, colon).equals("error") ? "error" : "ok", value.substring(colon + 1)};
        }
        return flash;
    }
}
