"""Problems the store reports to the user. Kept apart from SQLAlchemy so the window can show
them (and start) before the database layer is loaded."""


class StoreError(Exception):
    """A problem the user must hear about, as a Norwegian source string with `{}` fields."""

    context = "StoreError"

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


class DatabaseTooNew(StoreError):
    pass


class DatabaseUnavailable(StoreError):
    pass
