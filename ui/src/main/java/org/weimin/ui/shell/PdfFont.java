package org.weimin.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;

/** The font with Chinese glyphs the PDFs embed (weimin.pdf-font): a .ttf, or a .ttc with the face's index ("…/wqy-microhei.ttc,0"). */
public final class PdfFont {

    private PdfFont() {
    }

    public static boolean isInstalled(String font) {
        return Files.isReadable(Path.of(font.contains(".ttc,") ? font.substring(0, font.lastIndexOf(',')) : font));
    }
}
