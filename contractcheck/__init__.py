"""contractcheck: checks outsourcing and dispatch contracts against the ward's guideline
(練馬区 個人情報の適切な管理のための措置に関する指針 第19条・第20条) and generates compliant templates."""

__version__ = "0.1.0"
