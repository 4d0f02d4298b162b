package com.quotedesk.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Response touches every page needs. */
public class WebFilters {

    /** A page rendered with the flash message has shown it: forget it. */
    @ServerResponseFilter
    public void clearFlash(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getCookies().containsKey(Flash.COOKIE) && response.getStatus() < 300) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE,
                    Flash.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        }
    }
}
