// Labelled form controls built from a simulation's parameter list: a range with its value, or a select.

let counter = 0;

function element(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

export function formatValue(spec, value, text) {
  if (spec.toggle) return value;
  if (spec.options) return text.options[spec.name][value];
  return `${value}${text.units[spec.unit || ""]}`;
}

/** Builds one field per parameter inside `fieldset`; returns {read, write} over the current values. */
export function renderControls(fieldset, specs, text, onInput) {
  const inputs = {};
  for (const spec of specs) {
    const id = `sim-${spec.name}-${(counter += 1)}`;
    const field = element("div", { class: "sim-field" });
    field.appendChild(element("label", { for: id }, text.params[spec.name]));
    let input;
    if (spec.toggle) {
      // An on/off parameter: a checkbox whose label follows it, its value "on" or "off" in the fragment.
      field.classList.add("sim-toggle");
      input = element("input", { id, name: spec.name, type: "checkbox" });
      field.prepend(input);
    } else if (spec.options) {
      input = element("select", { id, name: spec.name });
      for (const option of spec.options) input.appendChild(element("option", { value: option }, text.options[spec.name][option]));
      field.appendChild(input);
    } else {
      input = element("input", { id, name: spec.name, type: "range", min: spec.min, max: spec.max, step: spec.step });
      const output = element("output", { for: id, "aria-hidden": "true" });
      input.addEventListener("input", () => {
        output.textContent = formatValue(spec, Number(input.value), text);
        input.setAttribute("aria-valuetext", output.textContent);
      });
      field.append(input, output);
    }
    input.addEventListener("change", onInput);
    inputs[spec.name] = input;
    fieldset.appendChild(field);
  }
  return {
    read() {
      const value = (spec) => {
        const input = inputs[spec.name];
        if (spec.toggle) return input.checked ? "on" : "off";
        return spec.options ? input.value : Number(input.value);
      };
      return Object.fromEntries(specs.map((spec) => [spec.name, value(spec)]));
    },
    write(params) {
      for (const spec of specs) {
        const input = inputs[spec.name];
        if (spec.toggle) input.checked = params[spec.name] === "on";
        else input.value = params[spec.name];
        input.dispatchEvent(new Event("input"));
      }
    },
  };
}

export { element };
