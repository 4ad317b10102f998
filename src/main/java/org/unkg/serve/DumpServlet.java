package org.unkg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Serves the graph file being served as the dump named in the VoID ({@code /dump/graph.ttl}). */
final class DumpServlet extends HttpServlet {
    private final transient Path file;
    private final String type;

    DumpServlet(Path file, String type) {
        this.file = file;
        this.type = type;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getRequestURI().substring(req.getRequestURI().lastIndexOf('/') + 1);
        if (!name.equals(file.getFileName().toString()) || !Files.isRegularFile(file)) {
            resp.sendError(404);
            return;
        }
        resp.setStatus(200);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentLengthLong(Files.size(file));
        try (OutputStream os = resp.getOutputStream()) {
            Files.copy(file, os);
        }
    }
}
