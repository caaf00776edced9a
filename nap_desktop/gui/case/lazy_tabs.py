"""The case view's tabs, each built the first time it is needed (issue #16).

Every page of the ``QTabWidget`` is an empty scroll area from the start, so the tab bar,
its titles, tooltips and Alt+number shortcuts are all there at once; the ``CaseTab`` inside
is made by its factory on first need (shown, or asked for by code) and handed to
``on_built``, which connects and loads it. ``Section`` is the class attribute that gives
code ``view.housing_tab``: the tab, built on that access if it was not yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, cast, overload

from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

#: A ``CaseTab``, or a widget with the same methods and signals (``DocumentsTab`` and
#: ``ServicesTab`` live outside ``gui/case`` and do not subclass it).
Tab = Any
T = TypeVar("T", bound=QWidget)


class LazyTabs:
    """The pages of ``tabs``: placeholders at once, their ``CaseTab`` made on first need."""

    def __init__(self, tabs: QTabWidget, *, on_built: Callable[[int, Tab], None]) -> None:
        self.tabs = tabs
        self.on_built = on_built
        self._factories: list[Callable[[], Tab]] = []
        self._scrolls: list[QScrollArea] = []
        self._built: dict[int, Tab] = {}

    def add(self, factory: Callable[[], Tab], text: str) -> int:
        """A page titled ``text`` whose tab ``factory`` makes later. Its index."""
        scroll = QScrollArea()  # so a small window scrolls instead of squeezing fields
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setObjectName("caseTabScroll")
        scroll.viewport().setAutoFillBackground(False)  # the tab page's colour shows through
        self._factories.append(factory)
        self._scrolls.append(scroll)
        return self.tabs.addTab(scroll, text)

    def tab(self, index: int) -> Tab:
        """The tab at ``index``, built now if it was not yet."""
        tab = self._built.get(index)
        if tab is None:
            tab = self._factories[index]()
            self._scrolls[index].setWidget(tab)
            tab.setAutoFillBackground(False)  # after setWidget, which turns it on
            self._built[index] = tab
            self.on_built(index, tab)
        return tab

    def built_tab(self, index: int) -> Tab | None:
        """The tab at ``index`` if it was built (an unbuilt tab holds no edits)."""
        return self._built.get(index)

    def built(self) -> list[tuple[int, Tab]]:
        """(index, tab) of the tabs built so far, in tab order."""
        return sorted(self._built.items())

    def index_of(self, tab: Tab) -> int:
        for index, built in self._built.items():
            if built is tab:
                return index
        raise ValueError("not a tab of this view")

    def __len__(self) -> int:
        return len(self._factories)


class Section(Generic[T]):
    """A class attribute naming the tab at ``index`` of the view's ``deck`` (a
    ``LazyTabs``); reading it builds that tab if needed, so callers need not know."""

    def __init__(self, index: int) -> None:
        self.index = index

    @overload
    def __get__(self, view: None, owner: type) -> Section[T]: ...
    @overload
    def __get__(self, view: object, owner: type | None = None) -> T: ...
    def __get__(self, view: Any, owner: type | None = None) -> Section[T] | T:
        if view is None:  # read on the class itself
            return self
        return cast(T, view.deck.tab(self.index))
