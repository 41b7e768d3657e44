(function (w, table, library) {
  'use strict';
  // Google Consent Mode v2 (developers.google.com/tag-platform/security/guides/consent):
  // the `default` command now, before any tag that is loaded after this script can
  // run, and an `update` on every choice the visitor makes (and on every page load
  // where a choice is stored). Commands go to the dataLayer exactly as gtag() puts
  // them there, so gtag.js and Google Tag Manager read them whether they load before
  // or after this script.
  w.dataLayer = w.dataLayer || [];
  var gtag = function () {
    w.dataLayer.push(arguments);
  };
  var names = Object.keys(table.signals);
  var categories = [];
  names.forEach(function (name) {
    table.signals[name].forEach(function (category) {
      if (categories.indexOf(category) < 0) categories.push(category);
    });
  });
  // A signal is granted when every category it stands for is accepted; one that no
  // category stands for never is (docs/exports.md, "Google Consent Mode").
  var state = function (accepted) {
    var out = {};
    names.forEach(function (name) {
      var needs = table.signals[name];
      var granted = needs.length > 0 && needs.every(function (category) {
        return category === 'necessary' || accepted.indexOf(category) >= 0;
      });
      out[name] = granted ? 'granted' : 'denied';
    });
    return out;
  };
  var command = function (kind, accepted, extra) {
    var values = state(accepted);
    Object.keys(extra).forEach(function (key) {
      values[key] = extra[key];
    });
    gtag('consent', kind, values);
  };
  if (table.regions.length > 0) {
    // Denied where the catalogue says consent is required; the most specific region
    // wins, so everywhere else takes the second default.
    command('default', [], { region: table.regions, wait_for_update: table.waitForUpdate });
    command('default', categories, { wait_for_update: table.waitForUpdate });
  } else {
    command('default', [], { wait_for_update: table.waitForUpdate });
  }
  var update = function (accepted) {
    command('update', accepted, {});
  };

  // Global Privacy Control (www.w3.org/TR/gpc/), where the catalogue honours it: with
  // the signal on, the categories it refuses are never accepted by "accept all", only
  // by the visitor turning them on in the settings; the banner says so.
  var gpc = table.gpc && w.navigator && w.navigator.globalPrivacyControl === true ? table.gpc : null;
  var refused = function (category) {
    return gpc !== null && gpc.refuses.indexOf(category) >= 0;
  };
  var say = function (texts, key) {
    if (texts && gpc.notice[key]) texts.description = (texts.description ? texts.description + ' ' : '') + gpc.notice[key];
  };

  if (library === 'cookieconsent') {
    if (gpc !== null && gpc.refuses.length > 0) {
      // CookieConsent's "accept all" accepts every category: with GPC the buttons are
      // left out, and the visitor chooses in the preferences.
      var translations = w.discloseCookieConsentConfig.language.translations;
      Object.keys(translations).forEach(function (key) {
        var t = translations[key];
        say(t.consentModal, key);
        delete t.consentModal.acceptAllBtn;
        delete t.preferencesModal.acceptAllBtn;
      });
    }
    // CookieConsent v3 dispatches cc:onConsent on the first choice and on every page
    // load with a stored one, cc:onChange when the visitor changes it.
    var onChoice = function (event) {
      update(event.detail.cookie.categories);
    };
    w.addEventListener('cc:onConsent', onChoice);
    w.addEventListener('cc:onChange', onChoice);
  } else if (library === 'klaro') {
    // Klaro calls config.callback once per service whenever it applies consents:
    // when it starts (with the stored choice, if any) and after every save. The
    // services of one pass are collected and sent as one update, once Klaro has
    // finished the pass; none before the visitor has chosen.
    var config = w.klaroConfig;
    var previous = config.callback;
    var consents = {};
    var pending = false;
    var inRefused = function (service) {
      return service.purposes.some(refused);
    };
    if (gpc !== null && gpc.refuses.length > 0) {
      Object.keys(config.translations).forEach(function (key) {
        say(config.translations[key].consentNotice, key);
      });
    }
    var guard = function (manager) {
      // Klaro's "accept all" (changeAll(true)) then leaves the refused services off;
      // a service the visitor turns on in the modal is set by updateConsent, as usual.
      if (gpc === null || manager.discloseGpc) return;
      manager.discloseGpc = true;
      var changeAll = manager.changeAll;
      manager.changeAll = function (value) {
        var changed = changeAll.call(manager, value);
        if (value) {
          config.services.forEach(function (service) {
            if (inRefused(service) && !service.required && manager.updateConsent(service.name, false)) changed--;
          });
        }
        return changed;
      };
    };
    var flush = function () {
      pending = false;
      var manager = w.klaro && typeof w.klaro.getManager === 'function' ? w.klaro.getManager() : null;
      if (manager) guard(manager);
      if (manager && !manager.confirmed) return;
      // A category is accepted when every service in it is.
      var accepted = categories.filter(function (category) {
        return config.services.every(function (service) {
          return service.purposes.indexOf(category) < 0 || consents[service.name] === true;
        });
      });
      update(accepted);
    };
    config.callback = function (consent, service) {
      consents[service.name] = consent;
      if (!pending) {
        pending = true;
        Promise.resolve().then(flush);
      }
      if (typeof previous === 'function') previous(consent, service);
    };
  }
})(window, TABLE, LIBRARY);
