package org.unkg.serve;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of every path of the server: refuses requests larger than {@link #MAX_REQUEST} bytes
 * (413, or 414 for a long query string) before anything reads them; allows read-only
 * cross-origin requests (CORS on GET and HEAD, and preflights asking for nothing else); and
 * turns any unexpected failure into a bare 500 with no stack trace or exception text in the body
 * (the log keeps the detail).
 */
final class GuardFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(GuardFilter.class);
    /** Largest request body or query string accepted (1 MiB). */
    static final long MAX_REQUEST = 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (req.getContentLengthLong() > MAX_REQUEST) {
            resp.sendError(413, "request larger than " + MAX_REQUEST + " bytes");
            return;
        }
        if (req.getQueryString() != null && req.getQueryString().length() > MAX_REQUEST) {
            resp.sendError(414, "query string longer than " + MAX_REQUEST + " bytes");
            return;
        }
        if (method.equals("OPTIONS") && req.getHeader("Access-Control-Request-Method") != null) {
            String asked = req.getHeader("Access-Control-Request-Method").trim().toUpperCase(Locale.ROOT);
            if (asked.equals("GET") || asked.equals("HEAD")) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Language");
                resp.setHeader("Access-Control-Max-Age", "86400");
            }
            resp.setStatus(204);
            return;
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("{} {}: {}", method, req.getRequestURI(), e.toString(), e);
            if (!resp.isCommitted()) {
                resp.reset();
                resp.sendError(500, "internal error");
            }
        }
    }
}
