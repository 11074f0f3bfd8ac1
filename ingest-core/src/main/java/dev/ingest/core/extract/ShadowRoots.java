package dev.ingest.core.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Declarative shadow roots as a reader sees them: a custom element's {@code <template shadowrootmode="open">} is
 * shown in place of the element's own children, each of which goes where the template's {@code <slot>} of its name
 * (or the unnamed slot) stands. Web-component pages ship their story, and their chrome, inside such templates; every
 * other {@code <template>} stays inert.
 */
final class ShadowRoots {
    private ShadowRoots() {
    }

    /** Opens the shadow roots among {@code templates} (in document order) into the tree; whether there was one. */
    static boolean open(List<Element> templates) {
        boolean opened = false;
        for (Element template : templates) {
            Element host = template.parent();
            if (host == null || !(template.hasAttr("shadowrootmode") || template.hasAttr("shadowroot"))) {
                continue;
            }
            for (Element slot : template.getElementsByTag("slot")) {
                List<Node> assigned = assigned(host, template, slot.attr("name"));
                if (!assigned.isEmpty()) {
                    slot.empty(); // the slot's own content is shown only when nothing is assigned to it
                    for (Node n : assigned) {
                        slot.appendChild(n);
                    }
                }
                slot.unwrap();
            }
            template.unwrap();
            opened = true;
        }
        return opened;
    }

    /** The children of {@code host} a slot named {@code name} shows: those naming it, or for "" those naming none. */
    private static List<Node> assigned(Element host, Element template, String name) {
        List<Node> out = new ArrayList<>();
        for (Node n : host.childNodes()) {
            if (n == template) {
                continue;
            }
            String slot = n instanceof Element e ? e.attr("slot") : "";
            boolean shown = n instanceof Element || n instanceof TextNode t && !t.isBlank(); // not a comment
            if (name.isEmpty() ? slot.isEmpty() && shown : slot.equals(name)) {
                out.add(n);
            }
        }
        return out;
    }
}
