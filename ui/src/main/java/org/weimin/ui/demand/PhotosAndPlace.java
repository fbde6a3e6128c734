package org.weimin.ui.demand;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.weimin.demand.model.DemandPhoto;
import org.weimin.spi.intake.DemandDraft;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
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
    private final Div thumbnails = new Div();

    PhotosAndPlace() {
        setPadding(false);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            photos.put(metadata.fileName(), bytes);
            getUI().ifPresent(ui -> ui.access(this::showThumbnails));
        }));
        upload.setId("raise-photos");
        upload.setMaxFiles(DemandPhoto.MAX_PER_NEED);
        upload.setMaxFileSize(DemandPhoto.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp");
        upload.setI18n(i18n());
        upload.addFileRemovedListener(removed -> {
            photos.remove(removed.getFileName());
            showThumbnails();
        });
        thumbnails.setId("raise-thumbnails");
        thumbnails.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        Span where = new Span();
        where.setId("raise-point");
        Button locate = new Button(getTranslation("raise.locate"), VaadinIcon.MAP_MARKER.create(), click -> locate(where));
        locate.setId("raise-locate");
        locate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("raise.photos")), upload, thumbnails, locate, where);
    }

    /** The photos chosen so far, small, so the resident sees they are the right ones. */
    private void showThumbnails() {
        thumbnails.removeAll();
        int number = 0;
        for (byte[] bytes : photos()) {
            number++;
            Image thumbnail = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new java.io.ByteArrayInputStream(bytes), "photo", null, bytes.length)), getTranslation("demand.photo.number", number));
            thumbnail.setWidth("72px");
            thumbnail.setHeight("72px");
            thumbnail.getStyle().set("object-fit", "cover").set("border-radius", "var(--lumo-border-radius-m)");
            thumbnails.add(thumbnail);
        }
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
                        where.setText(getTranslation("raise.located"));
                        Anchor map = MapLink.to(this, point.latitude(), point.longitude(), "raise-map");
                        where.add(map);
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
