"""Organisation chart: units, positions, line links, cooperations, contact chains, change log.

Revision ID: 0001
Revises:

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_units_period")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("key", name=op.f("uq_units_key")),
    )
    op.create_table(
        "contact_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint("rank > 0", name=op.f("ck_contact_steps_rank_positive")),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_contact_steps_period")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_contact_steps_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_steps")),
    )
    with op.batch_alter_table("contact_steps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_steps_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "cooperations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_a_id", sa.Integer(), nullable=False),
        sa.Column("unit_b_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint("unit_a_id <> unit_b_id", name=op.f("ck_cooperations_not_self")),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_cooperations_period")
        ),
        sa.ForeignKeyConstraint(
            ["unit_a_id"],
            ["units.id"],
            name=op.f("fk_cooperations_unit_a_id_units"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_b_id"],
            ["units.id"],
            name=op.f("fk_cooperations_unit_b_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cooperations")),
    )
    with op.batch_alter_table("cooperations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cooperations_unit_a_id"), ["unit_a_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cooperations_unit_b_id"), ["unit_b_id"], unique=False)

    op.create_table(
        "line_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.CheckConstraint("unit_id <> parent_id", name=op.f("ck_line_links_not_self")),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_line_links_period")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["units.id"],
            name=op.f("fk_line_links_parent_id_units"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_line_links_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line_links")),
    )
    with op.batch_alter_table("line_links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_line_links_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_line_links_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "positions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_positions_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
        sa.UniqueConstraint("key", name=op.f("uq_positions_key")),
    )
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_positions_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("positions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_positions_unit_id"))

    op.drop_table("positions")
    with op.batch_alter_table("line_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_line_links_unit_id"))
        batch_op.drop_index(batch_op.f("ix_line_links_parent_id"))

    op.drop_table("line_links")
    with op.batch_alter_table("cooperations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cooperations_unit_b_id"))
        batch_op.drop_index(batch_op.f("ix_cooperations_unit_a_id"))

    op.drop_table("cooperations")
    with op.batch_alter_table("contact_steps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_steps_unit_id"))

    op.drop_table("contact_steps")
    op.drop_table("units")
    op.drop_table("change_log")
