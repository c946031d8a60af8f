// Narrows a long list of checkboxes to the items whose text holds what is typed in the search
// field that names it (data-filter-list): checked items always stay visible.
document.addEventListener('input', (event) => {
  const field = event.target;
  const listId = field.dataset ? field.dataset.filterList : undefined;
  if (!listId) {
    return;
  }
  const fold = (text) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const wanted = fold(field.value.trim());
  document.querySelectorAll('#' + CSS.escape(listId) + ' > li').forEach((item) => {
    const box = item.querySelector('input');
    item.hidden = wanted !== '' && !(box && box.checked) && !fold(item.textContent).includes(wanted);
  });
});
