// A page its user may not edit (in moderation, or locked by someone else): Wagtail marks
// the editor "content-locked", and its style stops the mouse in the form's panels. They
// are made inert, so that the keyboard cannot type into them either: nothing could be
// saved. The action menu and the side panels (status, preview, history) stay usable.
document.addEventListener('DOMContentLoaded', () => {
  if (document.body.classList.contains('content-locked')) {
    document.querySelectorAll('.w-panel__content').forEach((content) => {
      content.inert = true;
    });
  }
});
