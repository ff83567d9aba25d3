package kz.shagym.statistics.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.kernel.model.SpreadsheetCell;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The open data as a sheet: one header row and one row per provider, the same columns as
 * CSV (RFC 4180, UTF-8) and as XLSX, numbers as numbers, an empty cell for null
 * (docs/statistics.md, "Open data").
 */
final class OpenDataSheet {

    private OpenDataSheet() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("provider", "name_kk", "name_ru", "name_en"));
        FigureJson.FIGURES.keySet().forEach(k -> header.add(FigureJson.column(k)));
        return header;
    }

    /** Each provider's cells: its code and names as text, its figures as numbers or null. */
    static List<List<Object>> rows(FigureTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureLine line : table.lines()) {
            List<Object> row = new ArrayList<>(List.of(line.key(), text(line.name().getKk()),
                    text(line.name().getRu()), text(line.name().getEn())));
            row.replaceAll(cell -> SpreadsheetCell.inert((String) cell));
            FigureJson.FIGURES.values().forEach(v -> row.add(v.apply(line.figures())));
            rows.add(row);
        }
        return rows;
    }

    static String csv(FigureTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header().toArray(String[]::new)).setNullString("").get())) {
            printer.printRecords(rows(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(FigureTable table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("providers " + table.period().from().getYear());
            write(sheet.createRow(0), new ArrayList<>(header()));
            int r = 1;
            for (List<Object> cells : rows(table)) {
                write(sheet.createRow(r++), cells);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
