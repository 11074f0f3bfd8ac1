package dev.ingest.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HintsTest {
    private static Element first(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="share-bar">                                  | BOILERPLATE
            <div class="bloc-subscripcio">                           | BOILERPLATE
            <div class="ofenliebe-pinterest-box">                    | BOILERPLATE
            <table class="has-fixed-layout">                         | NONE
            <div class="wrapper has-sidebar">                        | NONE
            <div class="box-assinatura">                             | BOILERPLATE
            <div class="commentList">                                | DISCUSSION
            <div class="CommentList">                                | DISCUSSION
            <div class="COMMENTS">                                   | DISCUSSION
            <div class="site-header">                                | CHROME
            <div class="entry-content">                              | CONTENT
            <div class="post category-comments tag-share">           | CONTENT
            <div class="cmplz-cookiebanner">                         | BOILERPLATE
            <div class="BorlabsCookie">                              | BOILERPLATE
            <div id="onetrust-banner-sdk">                           | BOILERPLATE
            <div class="menu-item menu-item-type-post_type">         | CHROME
            <div class="article" id="comments">                      | DISCUSSION
            <div class="content" role="navigation">                  | CHROME
            <pp-inline-teaser>                                       | CHROME
            <div class="sidebar related">                            | BOILERPLATE
            <div class="kommentare-übersicht">                       | DISCUSSION
            <div class="artikel-inhalt">                             | CONTENT
            <div class="wprm-call-to-action wprm-block-text-normal"> | BOILERPLATE
            <div class="callToActionBox">                            | BOILERPLATE
            <div id="call_to_action">                                | BOILERPLATE
            <section class="cta-banner">                             | BOILERPLATE
            <div class="call-us to-action">                          | NONE
            <div class="recall-to-action">                           | NONE
            <div class="signature">                                  | CHROME
            <div class="subscriber-meter hidden-print">              | BOILERPLATE
            <div class="thermometer">                                | NONE
            <div id="jp-relatedposts" class="jp-relatedposts">       | BOILERPLATE
            <blockquote class="twitter-tweet" data-dnt="true">       | BOILERPLATE
            <blockquote class="instagram-media">                     | BOILERPLATE
            <blockquote class="tiktok-embed">                        | BOILERPLATE
            <p class="tweetable-quote">                              | NONE
            <div class="c-regwall tp-container-inner">               | BOILERPLATE
            <div class="cite-box paragraph">                         | BOILERPLATE
            <div class="lasso-container lasso-display lasso-cutter"> | BOILERPLATE
            <div id="citeThis">                                      | BOILERPLATE
            <cite class="citation journal cite">                     | NONE
            <div id="m_3907ymail_android_signature">                 | NONE
            <div class="größe">                                      | NONE
            <div class="cmp">                                        | BOILERPLATE
            <div class="cmp-banner">                                 | BOILERPLATE
            <div class="cmp-title">                                  | NONE
            <div class="cmp-container cmp-container--article">       | CONTENT
            <div class="cmp-text cmp-text--byline">                  | CHROME
            <div class="cmp-sharing">                                | BOILERPLATE
            <div class="field field--name-body field--label-hidden"> | CONTENT
            <div class="field--labelHidden field--name-corpo-2">     | NONE
            <div class="hidden label">                               | CHROME
            <div class="field field-name-field-lizenz">              | BOILERPLATE
            <div class="post-license">                               | BOILERPLATE
            <div class="trinity-tts-pb-wrapper">                     | CHROME
            <div class="mcl-quiz" data-quiz-id="2026-wk47">          | BOILERPLATE
            <p class="abonelik-notu mt-4">                           | BOILERPLATE
            <div class="newspack-republication-tracker">             | BOILERPLATE
            <div class="whatsappChannel_box__Xy12a">                 | BOILERPLATE
            <div class="ccm-conversation-wrapper ccm-ui">            | DISCUSSION
            <ul class="spip" role="list">                            | NONE
            <ul role="menu">                                         | CHROME
            <div class="x1 y2" id="p-123">                           | NONE
            <p class="paragraph inline-placeholder vossi-paragraph"> | CONTENT
            <div data-x="1">                                         | NONE
            """)
    void namesTheKindOfABlock(String html, Hints.Kind kind) {
        assertEquals(kind, Hints.of(first(html)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="commentList">                  | true
            <section id="DISQUS_thread">               | true
            <div class="share-bar">                    | false
            <div class="entry-content" role="main">    | false
            <ol class="kommentare-liste">              | true
            <div class="résumé">                       | true
            <p>                                        | false
            """)
    void tellsQuicklyWhatCannotBeACommentSection(String html, boolean maybe) {
        assertEquals(maybe, Hints.mayBeDiscussion(first(html)));
    }

    /** A widget never wraps the story: the running text inside it does not keep it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <div class="AskCta_cta__s8Hn3">                | true
            <div class="wprm-call-to-action">               | true
            <div class="subscriber-meter hidden-print">     | true
            <div class="newsletter-box">                    | true
            <blockquote class="twitter-tweet">              | true
            <div class="c-regwall__inner">                  | true
            <div class="cite-box">                          | true
            <div class="embed-placeholder">                 | true
            <section class="media-ui-AiSummary_box-Hx1mT2"> | true
            <div class="ai-takeaways">                      | true
            <div class="content-video-playlist">            | true
            <p class="sign-up__text__1r3Z2">                | true
            <div class="media_end_head_autosummary_layer">  | true
            <div class="SignUpPromo">                       | true
            <div class="mcl-quiz">                          | true
            <div class="newspack-content-gate__inline-gate"> | true
            <div class="ContentGate_wrap">                  | true
            <div class="gate-schedule">                     | false
            <aside class="inline-appeal">                   | true
            <div class="sa-petition" id="petition-dredge">  | true
            <div class="sign-post up-next">                 | false
            <div class="summary-box">                       | false
            <p class="paragraph inline-placeholder">        | false
            <div class="noprint" id="license-notice">       | true
            <div class="republish-box">                     | true
            <div class="has-ads entry-content">             | false
            <div class="share-bar">                         | false
            """)
    void tellsAWidgetFromAWrapper(String html, boolean widget) {
        assertEquals(widget, Hints.isWidget(first(html)));
    }

    /**
     * The ASCII reading (words read where they stand) and the general one (each word made a lower-cased string) agree
     * on every mark: random class lists and ids built from the listed words, taxonomy prefixes, separators, digits and
     * case changes; and the quick test for a comment section never rules out one the full reading finds.
     */
    @Test
    void readingInPlaceAgreesWithReadingWordByWord() {
        List<String> parts = List.of("comment", "Comments", "share", "SHARE", "header", "nav", "content", "entry",
                "post", "category-", "tag-", "format-", "-", "_", " ", "  ", "\t", "1", "42", "x", "List", "cookie",
                "Consent", "gdpr", "brlbs", "usercentrics", "widget", "sidebar", "box", "more", "article", "Body",
                "related", "disqus", "respond", "cookiebot", "sticky", "a", "B", "ad", "Ads", "text", "menu", "item",
                "onetrust", "xcookiex", "didomi", "dsgvo", "kommentar", "gallery", "promo", "z", "REPLIES", "Reactions",
                "comentarios", "ü", "\u212Aommentar", "call", "Call", "to", "To", "action", "Action", "cta", "re", "signature", "Signature",
                "cite", "Cite", "this", "This", "box", "tool", "as", "tweet", "regwall", "sign", "Sign", "up", "Up");
        Random random = new Random(20261205);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder mark = new StringBuilder();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                mark.append(parts.get(random.nextInt(parts.size())));
            }
            String m = mark.toString();
            for (boolean classes : new boolean[] {true, false}) {
                assertEquals(Hints.saidByWords(m, classes), Hints.said(m, classes), () -> "mark '" + m + "'");
            }
            for (String attribute : new String[] {"class", "id", "role"}) {
                Element e = new Element("div").attr(attribute, m);
                if (Hints.of(e) == Hints.Kind.DISCUSSION) {
                    assertTrue(Hints.mayBeDiscussion(e), () -> attribute + " '" + m + "'");
                }
            }
        }
    }
}
