// In a group of checkboxes with a "none of these" box (data-none-group holding one data-none-box),
// ticking an item unticks "none" and ticking "none" unticks the items, so that the form is never
// sent with both: the server still refuses both for browsers without scripts.
document.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.checked) {
    return;
  }
  const group = box.closest('[data-none-group]');
  if (!group) {
    return;
  }
  const isNone = box.hasAttribute('data-none-box');
  group.querySelectorAll('input[type=checkbox]').forEach((other) => {
    if (other !== box && other.hasAttribute('data-none-box') !== isNone) {
      other.checked = false;
    }
  });
});
