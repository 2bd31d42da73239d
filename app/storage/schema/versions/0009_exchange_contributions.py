"""Schema version 9: workshops and exchange files (issue 11).

Every assessment gets a stable, globally unique id (`uid`, a UUID written as text) that an exchange
file carries from machine to machine; existing assessments get a fresh one here. Contributions are
the answers a participant (or a group) sent back: who, from which institution, when the file was
written and received, from which file, which sections it covers, and which later contribution of
the same author replaced it (history). Their answers are kept apart from the assessment's own
answers (the facilitator's consensus), which receiving never writes. Decisions record what the
facilitator adopted from the contributions, and why. On a PostgreSQL server the new tables' `changed_by`
is written by the server, as for the others since schema 6. Frozen: never edit a shipped revision, add one.
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def _text(name: str, kind: type[sa.types.TypeEngine] = sa.Text) -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(name, kind(), nullable=False, server_default="")


def upgrade() -> None:
    op.add_column("assessments", sa.Column("uid", sa.String(36), nullable=False, server_default=""))
    bind = op.get_bind()
    assessments = sa.table("assessments", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    for (aid,) in bind.execute(sa.select(assessments.c.id)).all():
        bind.execute(assessments.update().where(assessments.c.id == aid).values(uid=str(uuid.uuid4())))
    op.create_index("ix_assessments_uid", "assessments", ["uid"], unique=True)

    op.create_table(
        "contributions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        _text("author", sa.String),
        _text("institution", sa.String),
        _text("kind", sa.String),
        _text("source", sa.String),
        _text("sections"),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_by", sa.Integer(), sa.ForeignKey("contributions.id", ondelete="SET NULL"),
                  nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        _text("changed_by", sa.String),
    )
    op.create_index("ix_contributions_assessment", "contributions", ["assessment_id"])
    op.create_table(
        "contribution_answers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contribution_id", sa.Integer(), sa.ForeignKey("contributions.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=True),
        _text("na_reason"),
        _text("comment"),
        _text("legal_provision"),
        _text("evidence"),
        sa.Column("confidence", sa.String(), nullable=True),
        _text("institution"),
        sa.UniqueConstraint("contribution_id", "question_id"),
    )
    op.create_table(
        "consensus_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), sa.ForeignKey("assessments.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        _text("adopted_from", sa.String),
        sa.Column("value", sa.String(), nullable=True),
        _text("agreement", sa.String),
        _text("note"),
        sa.Column("decided_at", sa.DateTime(), nullable=False),
        _text("changed_by", sa.String),
    )
    op.create_index("ix_decisions_assessment", "consensus_decisions", ["assessment_id"])
    if bind.dialect.name == "postgresql":  # the trigger function of schema 6
        for table in ("contributions", "consensus_decisions"):
            op.execute(f"CREATE TRIGGER {table}_changed_by BEFORE INSERT OR UPDATE ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION opsc_stamp_changed_by()")
