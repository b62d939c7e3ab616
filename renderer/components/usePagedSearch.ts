import { useState } from 'react';

/**
 * The query state of a paged list: the text typed in its search box, the search sent, the page, and
 * `refine`, which wraps a filter's setter so that changing the filter goes back to the first page.
 */
export function usePagedSearch() {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const refine =
    <V>(set: (value: V) => void) =>
    (value: V) => {
      set(value);
      setPage(1);
    };
  return { text, setText, search, runSearch: refine(setSearch), page, setPage, refine };
}
