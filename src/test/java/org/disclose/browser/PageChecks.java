package org.disclose.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural checks that axe-core leaves to best practice or does not make, run in the page: one {@code h1}, no
 * skipped heading level, landmarks, a skip link first, every data table with a caption and scoped header cells, the
 * page language, and no horizontal scrolling of the page itself (a wide table scrolls inside its own region).
 */
final class PageChecks {

    private static final String SCRIPT = """
            const problems = [];
            const doc = document.documentElement;
            if (doc.getAttribute('lang') !== 'zh-CN') problems.push('html lang is ' + doc.getAttribute('lang'));
            const h1s = document.querySelectorAll('h1');
            if (h1s.length !== 1) problems.push(h1s.length + ' h1 elements');
            let last = 0;
            for (const h of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
              const level = Number(h.tagName.substring(1));
              if (last && level > last + 1) problems.push('heading ' + h.tagName + ' "' + h.textContent.trim()
                  + '" follows h' + last);
              last = level;
            }
            if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one main');
            if (!document.querySelector('header')) problems.push('no banner (header)');
            if (!document.querySelector('footer')) problems.push('no contentinfo (footer)');
            const first = document.querySelector('a[href], button, input, select, textarea, [tabindex]');
            if (!first || !first.classList.contains('skip-link') || first.getAttribute('href') !== '#main')
              problems.push('the first focusable element is not the skip link to #main');
            for (const t of document.querySelectorAll('main table')) {
              if (!t.querySelector(':scope > caption') || !t.querySelector(':scope > caption').textContent.trim())
                problems.push('a table without caption');
              for (const th of t.querySelectorAll('th')) {
                if (!th.getAttribute('scope')) problems.push('th without scope: ' + th.textContent.trim());
              }
              const region = t.closest('.table-scroll');
              if (!region) problems.push('table "' + (t.caption ? t.caption.textContent : '') + '" is not in a scroll region');
            }
            for (const svg of document.querySelectorAll('main svg')) {
              const hidden = svg.getAttribute('aria-hidden') === 'true';
              const chart = svg.getAttribute('role') === 'img' && svg.getAttribute('aria-labelledby');
              // a picture that is not a chart (the QR code of 扫码阅读) is named by its own aria-label
              const picture = svg.getAttribute('role') === 'img' && svg.getAttribute('aria-label');
              if (!hidden && !chart && !picture) problems.push('an svg neither hidden nor named');
              if (chart) {
                const fig = svg.closest('figure, .dash-section, article, details');
                if (!fig || !(fig.parentElement || fig).querySelector('table'))
                  problems.push('chart ' + svg.getAttribute('aria-labelledby') + ' has no data table beside it');
              }
            }
            const width = doc.clientWidth;
            if (doc.scrollWidth > width + 1) {
              let widest = '';
              for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.right > width + 1 && !el.closest('.table-scroll') && getComputedStyle(el).position !== 'absolute') {
                  widest = el.tagName.toLowerCase() + '.' + el.className + ' (right ' + Math.round(r.right) + ')';
                  break;
                }
              }
              problems.push('the page scrolls sideways at ' + width + ' px: ' + doc.scrollWidth + ' px wide; ' + widest);
            }
            return problems;
            """;

    /**
     * 长者模式's promises, measured: every visible text at least 18 px with a line height of at least 1.5, the
     * {@code h1} about 30 px, and every stand-alone control (not a link inside running text) at least 44 × 44 px.
     */
    private static final String ELDER = """
            const problems = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const seen = new Set();
            while (walker.nextNode()) {
              const node = walker.currentNode;
              const el = node.parentElement;
              if (!node.textContent.trim() || seen.has(el) || el.closest('svg, .visually-hidden, [hidden]')
                  || el.getClientRects().length === 0) continue;
              seen.add(el);
              const s = getComputedStyle(el);
              if (s.visibility === 'hidden' || s.display === 'none') continue;
              const size = parseFloat(s.fontSize);
              if (size < 18) problems.push('text at ' + size + ' px: ' + el.tagName + '.' + el.className
                  + ' "' + node.textContent.trim().substring(0, 20) + '"');
              const lh = s.lineHeight === 'normal' ? 0 : parseFloat(s.lineHeight);
              if (lh < size * 1.5 - 0.5) problems.push('line height ' + s.lineHeight + ' for ' + size + ' px: '
                  + el.tagName + '.' + el.className + ' "' + node.textContent.trim().substring(0, 20) + '"');
            }
            const h1 = parseFloat(getComputedStyle(document.querySelector('h1')).fontSize);
            if (h1 < 26 || h1 > 32) problems.push('h1 at ' + h1 + ' px');
            const body = parseFloat(getComputedStyle(document.body).fontSize);
            if (body < 18) problems.push('body text at ' + body + ' px');
            for (const el of document.querySelectorAll('a[href], button, input, summary, select, textarea')) {
              let target = el.matches('input[type=radio]') ? el.nextElementSibling : el;
              if (!target.checkVisibility() || target.closest('.visually-hidden')
                  || el.classList.contains('skip-link')) continue;
              const s = getComputedStyle(target);
              if (s.display === 'inline') {
                const block = target.parentElement;
                if (block.textContent.trim() !== target.textContent.trim()) continue; // a link in running text
              }
              const r = target.getBoundingClientRect();
              if (r.height < 43.5 || r.width < 43.5) problems.push('target ' + Math.round(r.width) + ' x '
                  + Math.round(r.height) + ': ' + target.tagName + '.' + target.className + ' "'
                  + target.textContent.trim().substring(0, 20) + '"');
            }
            return problems;
            """;

    private PageChecks() {
    }

    @SuppressWarnings("unchecked")
    static List<String> run(Chromium browser) {
        Object result = browser.js(SCRIPT);
        return new ArrayList<>((List<String>) result);
    }

    @SuppressWarnings("unchecked")
    static List<String> elder(Chromium browser) {
        Object result = browser.js(ELDER);
        return new ArrayList<>((List<String>) result);
    }
}
