package org.weimin.ui.demand;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.weimin.demand.model.DemandPhoto;
import org.weimin.spi.intake.DemandDraft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import elemental.json.JsonArray;
import elemental.json.JsonType;

/**
 * What a resident can add to a need besides the words: up to three photos, and where they are, taken from
 * the phone's location when they allow it.
 */
class PhotosAndPlace extends VerticalLayout {

    private final Map<String, byte[]> photos = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile DemandDraft.MapPoint point;

    PhotosAndPlace() {
        setPadding(false);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> photos.put(metadata.fileName(), bytes)));
        upload.setId("raise-photos");
        upload.setMaxFiles(DemandPhoto.MAX_PER_NEED);
        upload.setMaxFileSize(DemandPhoto.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setI18n(i18n());
        upload.addFileRemovedListener(removed -> photos.remove(removed.getFileName()));
        Span where = new Span();
        where.setId("raise-point");
        Button locate = new Button(getTranslation("raise.locate"), VaadinIcon.MAP_MARKER.create(), click -> locate(where));
        locate.setId("raise-locate");
        locate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("raise.photos")), upload, locate, where);
    }

    List<byte[]> photos() {
        synchronized (photos) {
            return List.copyOf(photos.values());
        }
    }

    /** Where the resident is, or null when they did not share it. */
    DemandDraft.MapPoint point() {
        return point;
    }

    private void locate(Span where) {
        where.setText(getTranslation("raise.locating"));
        getElement().executeJs("return new Promise(resolve => {"
                + " if (!navigator.geolocation) { resolve(null); return; }"
                + " navigator.geolocation.getCurrentPosition(p => resolve([p.coords.latitude, p.coords.longitude]),"
                + " () => resolve(null), {timeout: 10000, maximumAge: 60000}); })")
                .then(value -> {
                    if (value.getType() == JsonType.ARRAY) {
                        JsonArray coordinates = (JsonArray) value;
                        point = new DemandDraft.MapPoint(coordinates.getNumber(0), coordinates.getNumber(1));
                        where.setText(getTranslation("raise.located", String.format("%.5f, %.5f", point.latitude(), point.longitude())));
                    } else {
                        where.setText(getTranslation("raise.not-located"));
                    }
                });
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("raise.photos.add")).setMany(getTranslation("raise.photos.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("raise.photos.drop")).setMany(getTranslation("raise.photos.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("raise.photos.too-many"))
                .setFileIsTooBig(getTranslation("raise.photos.too-big")).setIncorrectFileType(getTranslation("raise.photos.wrong-type")));
        return i18n;
    }
}
