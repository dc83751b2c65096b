// Wagtail's page chooser (charity.pickers.SectionPageChooser) opening on the section's
// index page while nothing is chosen; Wagtail opens it on the chosen page's parent, or
// else on the common ancestor of the pages of every language: the tree's root.
class SectionPageChooser extends window.PageChooser {
  getModalOptions() {
    const options = super.getModalOptions();
    if (!options.parentId && this.opts.sectionId) {
      options.parentId = this.opts.sectionId;
    }
    return options;
  }
}

window.SectionPageChooser = SectionPageChooser;
