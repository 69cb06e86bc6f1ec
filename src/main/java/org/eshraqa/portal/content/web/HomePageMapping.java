package org.eshraqa.portal.content.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * Sends {@code GET /} to the home page, and nothing else that arrives at "/". Vaadin's client
 * talks to the same address ({@code GET /?v-r=init…}, {@code POST /?v-r=uidl…}); a
 * {@code @GetMapping("/")} would answer those itself (400 or 405, since a matching path with
 * another method or parameter ends the search in Spring MVC) instead of letting them through to
 * Vaadin's servlet.
 */
@Component
class HomePageMapping extends AbstractHandlerMapping {

    private final HandlerMethod home;

    HomePageMapping(ContentPages pages) throws NoSuchMethodException {
        home = new HandlerMethod(pages, ContentPages.class.getDeclaredMethod("home", HttpServletRequest.class,
                Model.class));
        setOrder(Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    protected Object getHandlerInternal(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        boolean vaadin = query != null && query.contains("v-r=");
        return "GET".equals(request.getMethod()) && (path.isEmpty() || path.equals("/")) && !vaadin ? home : null;
    }
}
