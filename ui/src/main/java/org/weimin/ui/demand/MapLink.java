package org.weimin.ui.demand;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A small link that opens a point on AMap (高德), as phones in China expect; the coordinates in its tooltip. */
final class MapLink {

    private MapLink() {
    }

    static Anchor to(Component context, double latitude, double longitude, String id) {
        Anchor map = new Anchor("https://uri.amap.com/marker?position=" + longitude + "," + latitude
                + "&coordinate=wgs84&callnative=0", context.getTranslation("demand.on-map"));
        map.setTarget("_blank");
        map.getElement().setAttribute("rel", "noopener noreferrer");
        map.getElement().setAttribute("title", String.format("%.5f, %.5f", latitude, longitude));
        map.addComponentAsFirst(VaadinIcon.MAP_MARKER.create());
        map.setId(id);
        map.getStyle().set("margin-left", "var(--lumo-space-s)");
        return map;
    }
}
