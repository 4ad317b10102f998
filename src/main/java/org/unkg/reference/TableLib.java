package org.unkg.reference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unkg.UnkgException;

/**
 * Reads the tables the reference generator uses: RFC 4180 CSV (the shared
 * {@code country-codes.csv}, {@code regions.codes.csv}) and the curated TSV files of
 * {@code ontology/reference/sources/} (lines starting with {@code #} are comments, the first
 * other line is the header).
 */
final class TableLib {
    private TableLib() {
    }

    /** Rows of a CSV file with a header line, as column name to value (values as in the file). */
    static List<Map<String, String>> csv(Path file) {
        String text = read(file);
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                rec.add(field.toString());
                field.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !rec.isEmpty()) {
            rec.add(field.toString());
            records.add(rec);
        }
        return toMaps(file, records);
    }

    /** Rows of a curated TSV file: {@code #} comment lines and blank lines skipped, first line the header. */
    static List<Map<String, String>> tsv(Path file) {
        List<List<String>> records = new ArrayList<>();
        for (String line : read(file).split("\n", -1)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> rec = new ArrayList<>();
            for (String f : line.split("\t", -1)) {
                rec.add(f.strip());
            }
            records.add(rec);
        }
        return toMaps(file, records);
    }

    private static List<Map<String, String>> toMaps(Path file, List<List<String>> records) {
        if (records.isEmpty()) {
            throw new UnkgException("empty table " + file);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() > header.size()) {
                throw new UnkgException(file + ": row " + r + " has " + rec.size() + " fields, header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < rec.size() ? rec.get(c) : "");
            }
            out.add(row);
        }
        return out;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnkgException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
