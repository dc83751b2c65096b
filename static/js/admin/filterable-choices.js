// A list of checkboxes under a search box (charity.pickers.FilterableCheckboxSelectMultiple):
// typing hides the choices whose label does not contain the text, ignoring case and
// accents; the Down arrow goes to the first choice left. Registered with Wagtail's
// Stimulus application, so that lists added later (a new inline row) work too.
const fold = (text) =>
  text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();

class FilterableChoicesController extends window.StimulusModule.Controller {
  static targets = ['search', 'option', 'empty'];

  filter() {
    const query = fold(this.searchTarget.value);
    let shown = 0;
    this.optionTargets.forEach((option) => {
      const matches = fold(option.textContent).includes(query);
      option.hidden = !matches;
      shown += matches ? 1 : 0;
    });
    this.emptyTarget.hidden = shown > 0;
  }

  focusFirst() {
    const first = this.optionTargets.find((option) => !option.hidden);
    first?.querySelector('input')?.focus();
  }
}

window.wagtail.app.register('filterable-choices', FilterableChoicesController);
