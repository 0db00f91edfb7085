// Click (or Enter on) a header to sort its table; again to reverse. Numeric columns sort by value, "?"/"-" last.
document.querySelectorAll('table.sortable th').forEach(function (th) {
  th.tabIndex = 0;
  function sort() {
    var table = th.closest('table'), body = table.tBodies[0], col = th.cellIndex;
    var asc = th.getAttribute('aria-sort') !== 'ascending', numeric = th.classList.contains('num');
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    function key(row) {
      var text = row.cells[col].textContent;
      if (!numeric) { return text; }
      var v = parseFloat(text);
      return isNaN(v) ? Infinity : v;
    }
    Array.from(body.rows).map(function (r) { return [key(r), r]; })
      .sort(function (a, b) { var c = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; return asc ? c : -c; })
      .forEach(function (pair) { body.appendChild(pair[1]); });
  }
  th.addEventListener('click', sort);
  th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(); } });
});
