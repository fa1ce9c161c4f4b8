package dev.socle.shell.ui;

import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a page load its true HTTP status. Vaadin answers every page load with 200 and shows its error views
 * client-side, but link checkers, monitoring and search engines read the status: an address that names no page is a
 * 404, a page the signed-in person may not see is a 403. Runs after Spring Security, so the principal is known.
 */
@Component
final class RouteStatusFilter extends OncePerRequestFilter {

    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(api|actuator|VAADIN|HEARTBEAT|styles|icons|images|error|login|logout)(/.*)?$|.*\\.[A-Za-z0-9]{1,8}$");

    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"GET".equals(request.getMethod())
                || request.getParameter("v-r") != null
                || accept == null
                || !accept.contains("text/html")
                || NOT_A_PAGE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI()
                .substring(request.getContextPath().length())
                .replaceFirst("^/", "");
        NavigationRouteTarget target = ApplicationRouteRegistry.getInstance(
                        new VaadinServletContext(request.getServletContext()))
                .getNavigationRouteTarget(path);
        if (!target.hasTarget()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        } else if (!access.hasAccess(target.getRouteTarget().getTarget(), request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        chain.doFilter(request, response);
    }
}
