/*
 * Staff screens' keyboard behaviour, for a clerk who works without the mouse.
 *
 * After a refused save the form comes back with the wrong fields marked aria-invalid: the
 * first of them takes the focus, so the keyboard starts where the work is (WCAG 3.3.1),
 * not at the form's first field. A page posted whole does it when it loads; an Ajax save
 * asks for it when it completes (oncomplete="Shagym.focusFirstInvalid()"), and only then,
 * so that no other Ajax call pulls the focus away from where the clerk types.
 *
 * A form marked data-enter-submits="false" is saved by its button only: Enter in a
 * one-line field (a closed picker, a half-typed number) must not send a half-filled form.
 * Widgets that use Enter themselves (an open picker) have handled it before it gets here.
 *
 * A label the intake rules mark required (p:outputLabel with its "*") tells a screen reader
 * too: its field, or the group of radio buttons it names, gets aria-required. Marked when the
 * page loads and again after each Ajax update, which redraws the parts of the form that
 * depend on a choice (posted or by hand, a person or a company).
 *
 * In a filtered picker (p:selectOneMenu filter="true") the arrow keys move among the items
 * the filter shows. PrimeFaces moves through the whole list, hidden items too, so ↓ and
 * Enter chose a service the registrar never saw.
 */
(function () {
    'use strict';

    function focusable(element) {
        if (element.offsetParent !== null) {
            return element;
        }
        var widget = element.closest('.ui-selectonemenu, .ui-autocomplete, .ui-datepicker, .ui-inputnumber');
        return widget ? widget.querySelector('input[id$="_focus"], input[type="text"], input:not([type="hidden"])') : null;
    }

    function focusFirstInvalid() {
        var invalid = document.querySelector('form [aria-invalid="true"]');
        var target = invalid ? focusable(invalid) : null;
        if (target) {
            target.focus();
        }
    }

    function markRequired() {
        document.querySelectorAll('label.ui-required[for]').forEach(function (label) {
            var field = document.getElementById(label.htmlFor);
            var group = field ? field.closest('[role="radiogroup"]') : null;
            (group || field || { setAttribute: function () {} }).setAttribute('aria-required', 'true');
        });
    }

    window.Shagym = { focusFirstInvalid: focusFirstInvalid };
    document.addEventListener('DOMContentLoaded', focusFirstInvalid);
    document.addEventListener('DOMContentLoaded', markRequired);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', markRequired);
    }

    document.addEventListener('keydown', function (event) {
        var filter = event.target;
        if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || !filter.classList
                || !filter.classList.contains('ui-selectonemenu-filter')) {
            return;
        }
        var panel = filter.closest('.ui-selectonemenu-panel');
        var widget = panel ? PrimeFaces.getWidgetById(panel.id.replace(/_panel$/, '')) : null;
        var shown = panel ? Array.prototype.filter.call(panel.querySelectorAll('li.ui-selectonemenu-item'),
            function (item) { return item.offsetParent !== null; }) : [];
        if (!widget || shown.length === 0) {
            return;
        }
        var at = shown.indexOf(panel.querySelector('li.ui-selectonemenu-item.ui-state-highlight'));
        var next = event.key === 'ArrowDown' ? Math.min(at + 1, shown.length - 1) : Math.max(at - 1, 0);
        widget.highlightItem($(shown[next]));
        event.preventDefault();
        event.stopImmediatePropagation();
    }, true);

    document.addEventListener('keydown', function (event) {
        var field = event.target;
        if (event.key !== 'Enter' || event.defaultPrevented || !field.form
                || field.form.getAttribute('data-enter-submits') !== 'false') {
            return;
        }
        var tag = field.tagName;
        if (tag === 'TEXTAREA' || tag === 'BUTTON' || field.type === 'submit' || field.type === 'button') {
            return;
        }
        event.preventDefault();
    });
})();
