/*
 * After "Create token" stored a new credential, the server answers with the header
 * X-Jenkins-ValidateButton-Callback naming this function, the server URL typed in the form and the new id.
 * It selects the new credential in the "Credentials" box of the server entry with that URL.
 */
window.gogsTokenExchanged = function (serverUrl, credentialsId) {
  document.querySelectorAll('input[name="_.serverUrl"]').forEach(function (input) {
    if (input.value.trim() !== serverUrl) {
      return;
    }
    var entry = input.closest(".repeated-chunk") || input.closest("form");
    var select = entry ? entry.querySelector('select[name="_.credentialsId"]') : null;
    if (!select) {
      return;
    }
    if (window.credentials && typeof window.credentials.refreshAll === "function") {
      // refreshAll() refills every credentials box; a box whose value is empty then takes its "value" attribute.
      select.setAttribute("value", credentialsId);
      select.value = "";
      window.credentials.refreshAll();
    } else {
      select.add(new Option(credentialsId, credentialsId, true, true));
      select.dispatchEvent(new Event("change"));
    }
  });
};
