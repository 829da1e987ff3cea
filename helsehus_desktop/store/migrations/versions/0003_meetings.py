"""Meetings: series with members, required units and figures; meetings with attendance, agenda,
pathway reviews, figure values and action items; the competence register and training needs.

Revision ID: 0003
Revises: 0002

"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "meeting_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("rule_kind", sa.String(length=10), nullable=True),
        sa.Column("rule_weekday", sa.Integer(), nullable=False),
        sa.Column("rule_every_weeks", sa.Integer(), nullable=False),
        sa.Column("rule_months", sa.String(length=40), nullable=False),
        sa.Column("rule_week_of_month", sa.Integer(), nullable=False),
        sa.Column("rule_on_holiday", sa.String(length=10), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('extended', 'core_group', 'interdisciplinary', 'ad_hoc')",
            name=op.f("ck_meeting_series_kind"),
        ),
        sa.CheckConstraint(
            "rule_kind IS NULL OR rule_kind IN ('weekly', 'monthly')",
            name=op.f("ck_meeting_series_rule"),
        ),
        sa.CheckConstraint(
            "rule_on_holiday IN ('move', 'skip')", name=op.f("ck_meeting_series_on_holiday")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_series")),
    )
    op.create_table(
        "competences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_name", sa.String(length=200), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("course", sa.String(length=300), nullable=False),
        sa.Column("level", sa.String(length=30), nullable=False),
        sa.Column("completed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "level IN ('course', 'further_education', 'master', 'specialist', 'other')",
            name=op.f("ck_competences_level"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_competences_unit_id_units"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competences")),
    )
    with op.batch_alter_table("competences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competences_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("planned_on", sa.Date(), nullable=True),
        sa.Column("moved_reason", sa.String(length=300), nullable=False),
        sa.Column("start_time", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'held', 'cancelled')", name=op.f("ck_meetings_status")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_meetings_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            "ix_meetings_series_id_held_on", ["series_id", "held_on"], unique=False
        )

    op.create_table(
        "series_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_series_figures_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_figures")),
    )
    with op.batch_alter_table("series_figures", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_series_figures_series_id"), ["series_id"], unique=False
        )

    op.create_table(
        "series_required_units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_series_required_units_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_series_required_units_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_required_units")),
        sa.UniqueConstraint(
            "series_id", "unit_id", name=op.f("uq_series_required_units_series_id")
        ),
    )
    with op.batch_alter_table("series_required_units", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_series_required_units_unit_id"), ["unit_id"], unique=False
        )

    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("raised_meeting_id", sa.Integer(), nullable=True),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'dropped')", name=op.f("ck_action_items_status")
        ),
        sa.ForeignKeyConstraint(
            ["raised_meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_items_raised_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_action_items_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items")),
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_items_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_items_raised_meeting_id"), ["raised_meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_items_series_id"), ["series_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_items_status"), ["status"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_items_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "figure_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("figure_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("value IS NULL OR value >= 0", name=op.f("ck_figure_values_value")),
        sa.ForeignKeyConstraint(
            ["figure_id"],
            ["series_figures.id"],
            name=op.f("fk_figure_values_figure_id_series_figures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_figure_values_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_figure_values")),
        sa.UniqueConstraint("meeting_id", "figure_id", name=op.f("uq_figure_values_meeting_id")),
    )
    with op.batch_alter_table("figure_values", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_figure_values_figure_id"), ["figure_id"], unique=False)

    op.create_table(
        "series_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("position_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["position_id"],
            ["positions.id"],
            name=op.f("fk_series_members_position_id_positions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["meeting_series.id"],
            name=op.f("fk_series_members_series_id_meeting_series"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_series_members_unit_id_units"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_members")),
    )
    with op.batch_alter_table("series_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_series_members_position_id"), ["position_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_series_members_series_id"), ["series_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_series_members_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "training_needs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("met_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('procedures', 'equipment', 'assessment', 'other')",
            name=op.f("ck_training_needs_kind"),
        ),
        sa.CheckConstraint(
            "met_on IS NULL OR met_on >= raised_on", name=op.f("ck_training_needs_period")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_training_needs_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_training_needs_unit_id_units"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_needs")),
    )
    with op.batch_alter_table("training_needs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_needs_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_training_needs_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "action_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'dropped')", name=op.f("ck_action_updates_status")
        ),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["action_items.id"],
            name=op.f("fk_action_updates_action_id_action_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_updates_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_updates")),
    )
    with op.batch_alter_table("action_updates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_updates_action_id"), ["action_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_action_updates_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("deputy", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "status IN ('', 'present', 'absent', 'deputy')", name=op.f("ck_attendance_status")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["series_members.id"],
            name=op.f("fk_attendance_member_id_series_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("meeting_id", "member_id", name=op.f("uq_attendance_meeting_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_member_id"), ["member_id"], unique=False)

    op.create_table(
        "pathway_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("pathway_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("assessment", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 3", name=op.f("ck_pathway_reviews_level")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_pathway_reviews_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["pathway_id"],
            ["pathways.id"],
            name=op.f("fk_pathway_reviews_pathway_id_pathways"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pathway_reviews")),
        sa.UniqueConstraint("meeting_id", "pathway_id", name=op.f("uq_pathway_reviews_meeting_id")),
    )
    with op.batch_alter_table("pathway_reviews", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pathway_reviews_pathway_id"), ["pathway_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("pathway_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pathway_reviews_pathway_id"))

    op.drop_table("pathway_reviews")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_member_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("action_updates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_updates_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_updates_action_id"))

    op.drop_table("action_updates")
    with op.batch_alter_table("training_needs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_needs_unit_id"))
        batch_op.drop_index(batch_op.f("ix_training_needs_meeting_id"))

    op.drop_table("training_needs")
    with op.batch_alter_table("series_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_series_members_unit_id"))
        batch_op.drop_index(batch_op.f("ix_series_members_series_id"))
        batch_op.drop_index(batch_op.f("ix_series_members_position_id"))

    op.drop_table("series_members")
    with op.batch_alter_table("figure_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_figure_values_figure_id"))

    op.drop_table("figure_values")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_meeting_id"))

    op.drop_table("agenda_items")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_status"))
        batch_op.drop_index(batch_op.f("ix_action_items_series_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_raised_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_due_on"))

    op.drop_table("action_items")
    with op.batch_alter_table("series_required_units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_series_required_units_unit_id"))

    op.drop_table("series_required_units")
    with op.batch_alter_table("series_figures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_series_figures_series_id"))

    op.drop_table("series_figures")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_series_id_held_on")
        batch_op.drop_index(batch_op.f("ix_meetings_held_on"))

    op.drop_table("meetings")
    with op.batch_alter_table("competences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competences_unit_id"))

    op.drop_table("competences")
    op.drop_table("meeting_series")
