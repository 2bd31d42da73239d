"""Loading and validating questionnaire files."""

from .loader import Problem, QuestionnaireError, check_questionnaire, load_questionnaire

__all__ = ["Problem", "QuestionnaireError", "check_questionnaire", "load_questionnaire"]
