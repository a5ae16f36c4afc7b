// The web chat page: renders the messages the server sends and posts the person's taps and typed
// answers. No business logic here: the server decides everything. Text is always set with
// textContent, never parsed as HTML.
(function () {
  "use strict";

  var STORAGE_KEY = "aiguilleur.conversation";
  var SOURCE_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
  var LINK_PATTERN = /https?:\/\/[^\s<>"]+/g;
  var TYPED_FIELDS = {
    POSTCODE: { label: "Code postal de l'entreprise (5 chiffres)", type: "text", inputmode: "numeric", autocomplete: "postal-code", maxlength: 5 },
    FIRST_NAME: { label: "Votre prénom", type: "text", inputmode: "text", autocomplete: "given-name", maxlength: 60 },
    PHONE: { label: "Votre numéro de téléphone", type: "tel", inputmode: "tel", autocomplete: "tel", maxlength: 20 },
    EMAIL: { label: "Votre adresse e-mail", type: "email", inputmode: "email", autocomplete: "email", maxlength: 254 }
  };
  // The page's own words, in the conversation's language (from /api/chat/labels/{language}); the
  // French ones stand until they arrive.
  var TEXTS = {
    offline: "La connexion a échoué. Vérifiez votre connexion internet, puis réessayez.",
    problem: "Un souci technique nous empêche de répondre. Réessayez dans quelques minutes.",
    gone: "Cette conversation n'existe plus. Vous pouvez en commencer une nouvelle.",
    waiting: "Un instant…",
    empty: "Écrivez votre réponse, puis touchez « Envoyer ».",
    you: "Vous :",
    bot: "Aiguilleur :",
    print: "Imprimer mon résultat",
    "card.alt": "Votre résultat en image"
  };
  var language = "fr";

  var scroller = document.querySelector(".chat");
  var list = document.getElementById("messages");
  var status = document.getElementById("status");
  var choices = document.getElementById("choices");
  var typed = document.getElementById("typed");
  var typedLabel = document.getElementById("typed-label");
  var typedInput = document.getElementById("typed-input");
  var restart = document.getElementById("restart");
  var menuButton = document.getElementById("menu-button");
  var menuList = document.getElementById("menu-list");
  var progress = document.getElementById("progress");
  var progressLabel = document.getElementById("progress-label");
  var progressBar = document.getElementById("progress-bar");
  var backRow = document.getElementById("back-row");
  var backButton = document.getElementById("back-button");
  var currentBack = null;

  var conversationId = null;
  var busy = false;
  var interacted = false;
  var lastFocus = null; // the option just ticked, to keep the focus on it
  var DONE = "done";
  var TICKED = "✓ ";

  // ---- talking to the server ----

  function call(method, path, body) {
    var options = { method: method, headers: { "Accept": "application/json" } };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    return fetch(path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, json: json };
      });
    });
  }

  function storedId() {
    try { return window.localStorage.getItem(STORAGE_KEY); } catch (e) { return null; }
  }

  function storeId(id) {
    try {
      if (id) { window.localStorage.setItem(STORAGE_KEY, id); } else { window.localStorage.removeItem(STORAGE_KEY); }
    } catch (e) { /* private browsing: the conversation simply does not survive a reload */ }
  }

  function start() {
    clearConversation();
    var body = {};
    var source = new URLSearchParams(window.location.search).get("source");
    if (source && SOURCE_PATTERN.test(source)) { body.source = source; }
    return exchange(call("POST", "/api/chat", body), function (json) {
      conversationId = json.conversationId;
      storeId(conversationId);
      useLanguage(json.language);
      show(json.messages);
    });
  }

  function resume(id) {
    conversationId = id;
    return exchange(call("GET", "/api/chat/" + encodeURIComponent(id)), function (json) {
      useLanguage(json.language);
      show(json.messages);
      scroller.scrollTop = scroller.scrollHeight; // the whole conversation is back: go on where it stopped
    }, start);
  }

  function send(input, echo, render) {
    if (busy || !conversationId) { return; }
    interacted = true;
    if (echo) { addBubble(echo, "person"); }
    return exchange(call("POST", "/api/chat/" + encodeURIComponent(conversationId) + "/messages", input), function (json) {
      useLanguage(json.language);
      (render || show)(json.messages);
      if (json.erased) { ended(); }
    });
  }

  function exchange(request, onSuccess, onGone) {
    setBusy(true);
    return request.then(function (result) {
      setBusy(false);
      if (result.status >= 200 && result.status < 300) {
        onSuccess(result.json);
      } else if (result.status === 404 && onGone) {
        onGone();
      } else if (result.status === 404 && conversationId) {
        addBubble(TEXTS.gone, "notice");
        ended();
      } else if (result.status === 400 && result.json.message) {
        addBubble(result.json.message, "notice");
      } else {
        addBubble(TEXTS.problem, "notice");
      }
    }, function () {
      setBusy(false);
      addBubble(TEXTS.offline, "notice");
    });
  }

  // ---- the page's own words ----

  function useLanguage(wanted) {
    if (!wanted || wanted === language) { return; }
    language = wanted;
    call("GET", "/api/chat/labels/" + encodeURIComponent(wanted)).then(function (result) {
      if (result.status !== 200 || language !== wanted) { return; }
      var labels = result.json;
      Object.keys(labels).forEach(function (name) { TEXTS[name] = labels[name]; });
      Object.keys(TYPED_FIELDS).forEach(function (hint) {
        if (labels["field." + hint]) { TYPED_FIELDS[hint].label = labels["field." + hint]; }
      });
      Array.prototype.forEach.call(document.querySelectorAll("[data-label]"), function (element) {
        var text = labels[element.getAttribute("data-label")];
        if (text) { element.textContent = text; }
      });
      Array.prototype.forEach.call(document.querySelectorAll("[data-label-aria]"), function (element) {
        var text = labels[element.getAttribute("data-label-aria")];
        if (text) { element.setAttribute("aria-label", text); }
      });
      if (!typed.hidden && currentHint && TYPED_FIELDS[currentHint]) { typedLabel.textContent = TYPED_FIELDS[currentHint].label; }
      Array.prototype.forEach.call(document.querySelectorAll(".print-card"), function (element) {
        element.textContent = TEXTS.print;
      });
      document.documentElement.lang = wanted;
      document.title = labels.title || document.title;
    }, function () { /* the French words stay */ });
  }

  // ---- rendering ----

  function show(messages) {
    if (!messages || messages.length === 0) { return; }
    var first = null;
    var last = null;
    messages.forEach(function (message) {
      var person = message.from === "person";
      var bubble = addBubble(message.text, person ? "person" : "bot");
      if (!person) {
        addAttachment(bubble, message.attachment);
        last = message;
      }
      first = first || bubble;
    });
    renderAnswer(last || { buttons: [], hint: "NONE" });
    // Long answers (the result) are read from their start. Only the message list scrolls.
    scroller.scrollTop = first.offsetTop - 8;
  }

  // A tick on a multi-choice comes back as the same question with its ticked options marked:
  // only the buttons change, the question is not shown twice.
  function showTicked(messages, questionId) {
    var only = messages && messages.length === 1 ? messages[0] : null;
    if (only && only.hint === "MULTI_CHOICE" && only.buttons.length > 0 && only.buttons[0].questionId === questionId) {
      renderAnswer(only);
    } else {
      show(messages);
    }
  }

  function addBubble(text, who) {
    var item = document.createElement("li");
    item.className = "bubble " + who;
    var label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = (who === "person" ? TEXTS.you : TEXTS.bot) + " ";
    var body = document.createElement("span");
    body.className = "text";
    if (who === "bot") { appendWithLinks(body, text); } else { body.textContent = text; }
    item.appendChild(label);
    item.appendChild(body);
    list.appendChild(item);
    scroller.scrollTop = scroller.scrollHeight;
    return item;
  }

  // The result card (the picture, its text alternative beside it, a print button), or a file to download.
  function addAttachment(bubble, attachment) {
    if (!attachment) { return; }
    var body = bubble.querySelector(".text");
    if (attachment.kind === "card") {
      bubble.className += " has-card";
      var figure = document.createElement("figure");
      figure.className = "card";
      var image = document.createElement("img");
      image.src = attachment.url;
      image.alt = TEXTS["card.alt"];
      image.width = 600;
      var caption = document.createElement("figcaption");
      caption.className = "card-text";
      caption.textContent = attachment.text;
      var describedBy = "card-text-" + list.children.length;
      caption.id = describedBy;
      image.setAttribute("aria-describedby", describedBy);
      figure.appendChild(image);
      figure.appendChild(caption);
      var print = document.createElement("button");
      print.type = "button";
      print.className = "choice print-card";
      print.textContent = TEXTS.print;
      print.addEventListener("click", function () { window.print(); });
      bubble.appendChild(figure);
      bubble.appendChild(print);
      return;
    }
    var link = document.createElement("a");
    link.className = "download " + attachment.kind;
    link.href = attachment.url;
    link.setAttribute("download", "");
    link.textContent = attachment.text;
    body.appendChild(document.createElement("br"));
    body.appendChild(link);
  }

  // Web addresses in the server's text become links; everything else stays plain text.
  function appendWithLinks(parent, text) {
    var last = 0;
    var match;
    LINK_PATTERN.lastIndex = 0;
    while ((match = LINK_PATTERN.exec(text)) !== null) {
      var address = match[0].replace(/[.,;:!?)»]+$/, "");
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var link = document.createElement("a");
      link.href = address;
      link.textContent = address;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      parent.appendChild(link);
      last = match.index + address.length;
      LINK_PATTERN.lastIndex = last;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  var currentHint = null;

  function renderAnswer(message) {
    choices.textContent = "";
    typed.hidden = true;
    var hint = message.hint || "NONE";
    currentHint = hint;
    var buttons = message.buttons || [];
    buttons.forEach(function (button) { choices.appendChild(choiceButton(button, hint)); });
    if (TYPED_FIELDS[hint]) { showTypedField(TYPED_FIELDS[hint]); }
    renderProgress(message.progress);
    currentBack = message.back || null;
    backRow.hidden = !currentBack;
    if (currentBack) { backButton.textContent = currentBack.label; }
    // Nothing left to answer (the conversation is over): offer a new one.
    restart.hidden = buttons.length > 0 || Boolean(TYPED_FIELDS[hint]);
    focusAnswer();
  }

  // "Question 5 sur 18" and a bar; hidden outside the diagnostic questions.
  function renderProgress(step) {
    progress.hidden = !step;
    if (!step) { return; }
    progressLabel.textContent = step.label;
    progressBar.value = step.percent;
    progressBar.setAttribute("aria-valuetext", step.label);
  }

  function choiceButton(button, hint) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "choice";
    element.textContent = button.label;
    element.setAttribute("data-option", button.optionId);
    element.setAttribute("data-question", button.questionId);
    var tick = hint === "MULTI_CHOICE" && button.optionId !== DONE;
    if (!tick && button.label.indexOf(TICKED) === 0) { element.setAttribute("aria-current", "true"); }
    if (tick) {
      element.setAttribute("aria-pressed", button.label.indexOf(TICKED) === 0 ? "true" : "false");
    } else if (button.optionId === DONE || (button.questionId === "confirm" && button.optionId === "yes")) {
      element.className += " primary";
    }
    element.addEventListener("click", function () {
      var input = { choice: { questionId: button.questionId, optionId: button.optionId, check: button.check } };
      if (tick) {
        lastFocus = button.optionId;
        send(input, null, function (messages) { showTicked(messages, button.questionId); });
      } else {
        send(input, echoOf(button));
      }
    });
    return element;
  }

  // What the person "said" by tapping: the label, or the ticked options for "C'est tout".
  function echoOf(button) {
    if (button.optionId !== DONE) { return button.label.replace(TICKED, ""); }
    var chosen = [];
    Array.prototype.forEach.call(choices.querySelectorAll("[aria-pressed=true]"), function (element) {
      chosen.push(element.textContent.replace(TICKED, ""));
    });
    return chosen.length > 0 ? chosen.join(", ") : button.label;
  }

  function showTypedField(field) {
    typed.setAttribute("data-hint", currentHint);
    typedLabel.textContent = field.label;
    typedInput.type = field.type;
    typedInput.setAttribute("inputmode", field.inputmode);
    typedInput.setAttribute("autocomplete", field.autocomplete);
    typedInput.maxLength = field.maxlength;
    typedInput.value = "";
    typedInput.removeAttribute("aria-invalid");
    typed.hidden = false;
  }

  function focusAnswer() {
    if (!interacted) { return; } // never move the focus before the person did anything
    if (!typed.hidden) {
      typedInput.focus();
      return;
    }
    var buttons = choices.querySelectorAll("button");
    var target = buttons[0];
    Array.prototype.forEach.call(buttons, function (element) {
      if (lastFocus && element.getAttribute("data-option") === lastFocus) { target = element; }
    });
    lastFocus = null;
    if (target) { target.focus({ preventScroll: true }); }
  }

  function setBusy(value) {
    busy = value;
    list.setAttribute("aria-busy", value ? "true" : "false");
    status.textContent = value ? TEXTS.waiting : "";
    Array.prototype.forEach.call(document.querySelectorAll(".choices button, .typed button, .menu-list button, #back-button"),
      function (element) { element.disabled = value; });
  }

  function clearConversation() {
    conversationId = null;
    list.textContent = "";
    choices.textContent = "";
    typed.hidden = true;
    restart.hidden = true;
    progress.hidden = true;
    backRow.hidden = true;
  }

  function ended() {
    conversationId = null;
    storeId(null);
    choices.textContent = "";
    typed.hidden = true;
    progress.hidden = true;
    backRow.hidden = true;
    restart.hidden = false;
    document.getElementById("restart-button").focus();
  }

  // ---- person's actions ----

  typed.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = typedInput.value.trim();
    if (!text) {
      typedInput.setAttribute("aria-invalid", "true");
      status.textContent = TEXTS.empty;
      typedInput.focus();
      return;
    }
    send({ text: text }, text);
  });

  backButton.addEventListener("click", function () {
    if (!currentBack) { return; }
    send({ choice: { questionId: currentBack.questionId, optionId: currentBack.optionId, check: currentBack.check } },
      currentBack.label);
  });

  menuButton.addEventListener("click", function () {
    setMenu(menuList.hidden);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !menuList.hidden) {
      setMenu(false);
      menuButton.focus();
    }
  });

  document.addEventListener("click", function (event) {
    if (!menuList.hidden && !event.target.closest(".menu")) { setMenu(false); }
  });

  Array.prototype.forEach.call(menuList.querySelectorAll("[data-command]"), function (element) {
    element.addEventListener("click", function () {
      setMenu(false);
      if (!conversationId) { return; }
      send({ command: element.getAttribute("data-command") }, element.textContent);
    });
  });

  function setMenu(open) {
    menuList.hidden = !open;
    menuButton.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) { menuList.querySelector("button").focus(); }
  }

  document.getElementById("restart-button").addEventListener("click", function () {
    interacted = true;
    start();
  });

  var known = storedId();
  if (known) { resume(known); } else { start(); }
})();
