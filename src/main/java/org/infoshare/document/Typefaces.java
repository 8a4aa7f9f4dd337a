package org.infoshare.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The one typeface every PDF embeds: Liberation Sans 2.1.5 (SIL Open Font License 1.1, shipped under
 * {@code document/fonts/} with its licence). It has the metrics of Arial and Helvetica, so templates styled for
 * those lay out as they always did; PDF/UA and PDF/A need every font embedded, which the PDF standard fonts
 * never are. It is registered under the family names templates use and as the final fallback, so no text can
 * reach a font that is not embedded.
 */
final class Typefaces {

    static final String FAMILY = "Liberation Sans";
    private static final List<String> ALIASES = List.of(FAMILY, "sans-serif", "Helvetica", "Arial");

    private record Face(String file, int weight, FontStyle style, byte[] bytes) {
    }

    private final List<Face> faces;

    Typefaces() {
        this.faces = List.of(
                face("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
                face("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
                face("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
                face("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            for (String family : ALIASES) {
                EnumSet<FSFontUseCase> uses = family.equals(FAMILY)
                        ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                        : EnumSet.of(FSFontUseCase.DOCUMENT);
                builder.useFont(() -> new ByteArrayInputStream(face.bytes()), family, face.weight(), face.style(), true, uses);
            }
        }
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = Typefaces.class.getResourceAsStream("/document/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from document/fonts");
            }
            return new Face(file, weight, style, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
